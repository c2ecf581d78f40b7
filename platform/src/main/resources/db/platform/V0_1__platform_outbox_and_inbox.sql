-- Transactional outbox: written in the same transaction as the state change it announces,
-- published to Kafka by OutboxRelay after commit. Rows are kept (published_at set) as a record.
create table outbox_event (
    id            uuid primary key,
    seq           bigserial not null unique,
    topic         varchar(200) not null,
    message_key   varchar(200) not null,
    event_type    varchar(200) not null,
    source        varchar(200) not null,
    subject       varchar(200),
    occurred_at   timestamptz not null,
    payload       text not null,
    published_at  timestamptz,
    attempts      integer not null default 0,
    last_error    varchar(1000)
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

-- Idempotent inbox: one row per (consumer, CloudEvents id) applied; committed with the effect.
create table processed_event (
    consumer      varchar(100) not null,
    event_id      varchar(200) not null,
    event_type    varchar(200) not null,
    processed_at  timestamptz not null,
    primary key (consumer, event_id)
);
