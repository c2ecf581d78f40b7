create table ea_case (
    id                  uuid primary key,
    reference           varchar(20) not null unique,
    request_id          uuid not null unique,
    program_id          varchar(50) not null,
    status              varchar(30) not null,
    physician_id        varchar(200) not null,
    physician_username  varchar(200) not null,
    patient_initials    varchar(3) not null,
    diagnosis_code      varchar(10) not null,
    emergency           boolean not null,
    submitted_at        timestamptz not null,
    opened_at           timestamptz not null,
    status_changed_at   timestamptz not null
);
create index ea_case_physician on ea_case (physician_id);
create index ea_case_queue on ea_case (emergency desc, submitted_at);

-- Human references EA-<year>-<5 digits>, numbered per year without gaps under concurrency.
create table case_reference_counter (
    year  integer primary key,
    last  integer not null
);
