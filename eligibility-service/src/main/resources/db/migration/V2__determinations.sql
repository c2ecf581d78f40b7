-- Explainable, versioned screening (issue 4). A screened request records the owner and the
-- content version last evaluated; every evaluation is kept as a determination; a medical
-- reviewer's override is stored beside the determination it reviews, never replacing it.
-- The owner key is physician_username (docs/decisions/0005); physician_id is the token subject
-- when the physician submitted the request, null when an integrator did.
create table screened_request (
    request_id          uuid primary key,
    program_id          varchar(50) not null,
    physician_id        varchar(200),
    physician_username  varchar(200) not null,
    evaluated_version   integer,
    received_at         timestamptz not null,
    withdrawn_at        timestamptz
);
create index screened_request_physician on screened_request (physician_username);

-- requests recorded by the first version of the service (pending, never evaluated). It kept only
-- the token subject, so until their next event these stay visible to sponsor staff and auditors only.
insert into screened_request (request_id, program_id, physician_id, physician_username, received_at)
    select request_id, program_id, physician_id, physician_id, received_at from screening;
drop table screening;

create table determination (
    id                  uuid primary key,
    request_id          uuid not null references screened_request (request_id),
    request_version     integer not null,
    program_id          varchar(50) not null,
    program_version     varchar(50) not null,
    outcome             varchar(20) not null,
    deciding_criteria   text not null,
    criteria            text not null,
    event_id            varchar(200) not null,
    event_type          varchar(200) not null,
    determined_at       timestamptz not null,
    unique (request_id, request_version)
);

create table determination_review (
    id                  uuid primary key,
    determination_id    uuid not null references determination (id),
    request_id          uuid not null references screened_request (request_id),
    outcome             varchar(20) not null,
    justification       text not null,
    reviewer_id         varchar(200) not null,
    reviewer_username   varchar(200) not null,
    idempotency_key     varchar(200),
    reviewed_at         timestamptz not null,
    unique (reviewer_id, idempotency_key)
);
create index determination_review_determination on determination_review (determination_id, reviewed_at);
