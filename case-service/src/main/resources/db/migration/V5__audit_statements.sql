-- A person's own words (a reason to decline, to request information, to end treatment early, a note on a
-- met deadline) stay out of the hash-chained trail and out of events: the trail keeps the SHA-256 of the
-- words, this table the words, readable through case-service's API (docs/regulatory/records-and-privacy.md).
-- Entries written before this migration keep their reason as they were hashed.
alter table case_audit add column statement_sha256 char(64);

create table case_audit_statement (
    case_id   uuid    not null,
    seq       integer not null,
    statement text    not null,
    primary key (case_id, seq),
    foreign key (case_id, seq) references case_audit (case_id, seq)
);
