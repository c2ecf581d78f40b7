-- In-app inbox. One item per (recipient, source event, kind): a redelivered event adds nothing.
create table notification (
    id              uuid primary key,
    recipient_id    varchar(200) not null,
    kind            varchar(50) not null,
    request_id      uuid,
    title           varchar(200) not null,
    body            varchar(2000) not null,
    link            varchar(500),
    source_event_id varchar(200) not null,
    created_at      timestamptz not null,
    read_at         timestamptz,
    constraint notification_once unique (recipient_id, source_event_id, kind)
);
create index notification_recipient on notification (recipient_id, created_at desc);
