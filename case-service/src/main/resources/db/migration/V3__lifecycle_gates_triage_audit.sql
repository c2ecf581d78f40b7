-- Case lifecycle, regulatory gates, triage and the audit trail (issue 5; domain.md sections 3, 6-8).

alter table ea_case add column submitted_by_client varchar(200);
alter table ea_case add column request_version integer not null default 1;
alter table ea_case add column eligibility_outcome varchar(20);
alter table ea_case add column eligibility_request_version integer;
alter table ea_case add column eligibility_decided_by varchar(200);
alter table ea_case add column assignee varchar(200);
alter table ea_case add column next_due_date date;
alter table ea_case add column overdue boolean not null default false;
alter table ea_case add column shipment_lot varchar(64);
alter table ea_case add column shipment_quantity integer;
alter table ea_case add column shipment_tracking varchar(128);
alter table ea_case add column shipped_on date;
alter table ea_case add column treatment_started_on date;
alter table ea_case add column treatment_completed_on date;
alter table ea_case add column early_end_reason varchar(2000);
alter table ea_case add column summary_submitted_on date;
alter table ea_case add column summary_reference varchar(128);
drop index if exists ea_case_queue;
create index ea_case_queue on ea_case (emergency desc, next_due_date asc nulls last, submitted_at);
create index ea_case_status on ea_case (status);

-- One row per recorded gate (LOA, FDA, IRB, CONSENT, DEA); details as JSON of the gate's own record.
create table case_gate (
    case_id        uuid not null references ea_case (id),
    gate           varchar(10) not null,
    details        text not null,
    recorded_by    varchar(200) not null,
    recorded_role  varchar(40) not null,
    recorded_at    timestamptz not null,
    primary key (case_id, gate)
);

create table case_note (
    id                    uuid primary key,
    case_id               uuid not null references ea_case (id),
    author                varchar(200) not null,
    author_role           varchar(40) not null,
    text                  varchar(4000) not null,
    visible_to_physician  boolean not null,
    created_at            timestamptz not null
);
create index case_note_case on case_note (case_id, created_at);

-- Events that refer to a request whose case is not open yet (they crossed topics); applied on opening.
create table case_pending_event (
    event_id     varchar(200) primary key,
    request_id   uuid not null,
    type         varchar(200) not null,
    source       varchar(200),
    occurred_at  timestamptz,
    data         text not null,
    received_at  timestamptz not null
);
create index case_pending_event_request on case_pending_event (request_id, received_at);

-- Append-only audit trail with a hash chain per case (21 CFR Part 11 spirit, domain.md section 8).
create table case_audit (
    case_id    uuid not null references ea_case (id),
    seq        integer not null,
    at         timestamptz not null,
    actor      varchar(200) not null,
    role       varchar(40) not null,
    action     varchar(60) not null,
    old_value  text,
    new_value  text,
    reason     varchar(2000),
    prev_hash  char(64) not null,
    hash       char(64) not null,
    primary key (case_id, seq)
);

create function case_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_audit is append-only: % refused', tg_op;
end;
$$;
create trigger case_audit_no_update before update or delete on case_audit
    for each row execute function case_audit_append_only();
create trigger case_audit_no_truncate before truncate on case_audit
    for each statement execute function case_audit_append_only();
