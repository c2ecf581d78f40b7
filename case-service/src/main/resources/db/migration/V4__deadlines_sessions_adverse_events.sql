-- Regulatory deadlines, treatment sessions and adverse events (issue 6; domain.md sections 2, 4, 5).

create table case_deadline (
    id                        uuid primary key,
    case_id                   uuid not null references ea_case (id),
    kind                      varchar(40) not null,
    due_date                  date not null,
    responsible               varchar(20) not null,
    rule                      varchar(400) not null,
    source                    varchar(200) not null,
    status                    varchar(20) not null,
    opened_at                 timestamptz not null,
    met_at                    timestamptz,
    met_on                    date,
    met_note                  varchar(400),
    cancelled_reason          varchar(400),
    subject_id                uuid,
    approaching_published_at  timestamptz,
    missed_published_at       timestamptz
);
create index case_deadline_case on case_deadline (case_id, due_date);
create index case_deadline_open on case_deadline (status, due_date);
-- one deadline of a kind per case and subject (e.g. one safety report per adverse event)
create unique index case_deadline_once on case_deadline (case_id, kind, coalesce(subject_id, '00000000-0000-0000-0000-000000000000'));

alter table ea_case add column treatment_plan text;

create table treatment_session (
    id           uuid primary key,
    case_id      uuid not null references ea_case (id),
    type         varchar(20) not null,
    number       integer,
    session_date date not null,
    details      text not null,
    recorded_by  varchar(200) not null,
    recorded_at  timestamptz not null
);
create index treatment_session_case on treatment_session (case_id, session_date);

create table adverse_event (
    id                          uuid primary key,
    case_id                     uuid not null references ea_case (id),
    description                 varchar(4000) not null,
    onset_date                  date not null,
    aware_date                  date not null,
    serious                     boolean not null,
    unexpected                  boolean not null,
    fatal_or_life_threatening   boolean not null,
    relation                    varchar(20) not null,
    outcome                     varchar(30) not null,
    recorded_by                 varchar(200) not null,
    recorded_role               varchar(40) not null,
    recorded_at                 timestamptz not null,
    report_submitted_on         date,
    report_reference            varchar(128)
);
create index adverse_event_case on adverse_event (case_id, aware_date);
