-- Idempotency-Key records: the first response to a creating POST, replayed for a retry.
create table idempotency_key (
    owner            varchar(200) not null,
    idem_key         varchar(200) not null,
    operation        varchar(100) not null,
    body_hash        varchar(64) not null,
    response_status  integer,
    response_body    text,
    created_at       timestamptz not null,
    primary key (owner, idem_key, operation)
);
