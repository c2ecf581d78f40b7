-- In-app inbox: items now come from every topic. recipient_id is a realm username, role:<realm role>
-- (a team inbox, e.g. role:triager) or client:<client id> (an integrator).
alter table notification add column event_type varchar(200);
alter table notification add column case_reference varchar(20);
alter table notification alter column title type varchar(300);
alter table notification alter column body type varchar(4000);
alter table notification alter column link type varchar(1000);
create index notification_unread on notification (recipient_id) where read_at is null;

-- What events told about each request (eligibility events carry neither client nor reference).
create table request_context (
    request_id          uuid primary key,
    physician_username  varchar(200),
    submitted_by_client varchar(200),
    client_known        boolean not null default false,
    case_id             uuid,
    case_reference      varchar(20),
    patient_initials    varchar(3),
    emergency           boolean,
    updated_at          timestamptz not null
);

-- Events that arrived before what they need; routed again when a later event of the request fills the gap.
create table deferred_event (
    event_id    varchar(200) primary key,
    request_id  uuid not null,
    facts       text not null,
    created_at  timestamptz not null
);
create index deferred_event_request on deferred_event (request_id);

-- Outgoing e-mail: written with the inbox record of the event, sent after commit by EmailDispatcher.
create table email_message (
    id               uuid primary key,
    dedupe_key       varchar(700) not null unique, -- event id | recipient | EMAIL
    event_id         varchar(200) not null,
    event_type       varchar(200) not null,
    recipient        varchar(320) not null,
    subject          varchar(400) not null,
    text_body        text not null,
    html_body        text not null,
    message_id       varchar(400) not null,
    status           varchar(20) not null,  -- PENDING, SENT, FAILED (given up)
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null,
    claim_token      uuid,
    last_error       varchar(1000),
    created_at       timestamptz not null,
    sent_at          timestamptz
);
create index email_message_due on email_message (next_attempt_at) where status = 'PENDING';

-- Integrators' webhook subscriptions. The signing secret is stored encrypted (AES-GCM, key from configuration).
create table webhook_subscription (
    id                    uuid primary key,
    owner_client          varchar(200) not null,
    url                   varchar(2000) not null,
    event_types           varchar(4000) not null,  -- comma-separated; empty = all
    description           varchar(200),
    secret_ciphertext     varchar(500) not null,
    status                varchar(20) not null,    -- ENABLED, DISABLED, DELETED
    consecutive_failures  integer not null default 0,
    disabled_reason       varchar(1000),
    created_at            timestamptz not null,
    disabled_at           timestamptz,
    deleted_at            timestamptz
);
create index webhook_subscription_owner on webhook_subscription (owner_client, status);

create table webhook_delivery (
    id               uuid primary key,
    subscription_id  uuid not null references webhook_subscription (id),
    event_id         varchar(200) not null,
    event_type       varchar(200) not null,
    request_id       uuid,
    payload          text not null,
    status           varchar(20) not null,  -- PENDING, DELIVERED, FAILED (given up), CANCELLED
    attempts         integer not null default 0,
    replays          integer not null default 0,
    next_attempt_at  timestamptz not null,
    claim_token      uuid,
    last_status_code integer,
    last_error       varchar(1000),
    created_at       timestamptz not null,
    delivered_at     timestamptz,
    constraint webhook_delivery_once unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_subscription on webhook_delivery (subscription_id, created_at desc);

create table webhook_attempt (
    id            bigserial primary key,
    delivery_id   uuid not null references webhook_delivery (id),
    attempted_at  timestamptz not null,
    status_code   integer,
    error         varchar(1000),
    duration_ms   integer not null
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, id);
