create table request (
    id                uuid primary key,
    owner_id          varchar(200) not null,
    owner_username    varchar(200) not null,
    owner_email       varchar(320),
    submitted_by      varchar(200),
    program_id        varchar(50) not null,
    patient_initials  varchar(3) not null,
    diagnosis_code    varchar(10) not null,
    emergency         boolean not null,
    status            varchar(20) not null,
    version           integer not null,
    submitted_at      timestamptz not null,
    idempotency_key   varchar(200),
    constraint request_idempotency unique (owner_id, idempotency_key)
);
create index request_owner on request (owner_id, submitted_at desc);
