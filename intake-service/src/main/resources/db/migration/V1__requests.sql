-- A request: a draft until submitted, then versions 1..n; withdrawal is a state, nothing is deleted.
create table request (
    id                  uuid primary key,
    owner_username      varchar(200) not null,
    owner_subject       varchar(200),
    created_by_subject  varchar(200) not null,
    created_by_client   varchar(200),
    via_integrator      boolean not null,
    program_id          varchar(50) not null,
    status              varchar(20) not null,
    emergency           boolean not null,
    current_version     integer not null,
    content             text not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    submitted_at        timestamptz,
    withdrawn_at        timestamptz,
    withdraw_reason     varchar(2000)
);
create index request_owner on request (owner_username, created_at desc);
create index request_creator on request (created_by_subject, created_at desc);
create index request_listing on request (created_at desc);

-- Every submitted or amended version, frozen.
create table request_version (
    request_id  uuid not null references request (id),
    version     integer not null,
    kind        varchar(20) not null,
    reason      varchar(2000),
    content     text not null,
    created_at  timestamptz not null,
    created_by  varchar(200) not null,
    primary key (request_id, version)
);
