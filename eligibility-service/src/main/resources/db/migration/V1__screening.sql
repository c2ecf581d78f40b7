-- One screening per request. The rules and determinations come with the eligibility issue;
-- for now the service records that screening is pending.
create table screening (
    request_id      uuid primary key,
    program_id      varchar(50) not null,
    physician_id    varchar(200) not null,
    status          varchar(20) not null,
    received_at     timestamptz not null
);
create index screening_physician on screening (physician_id);
