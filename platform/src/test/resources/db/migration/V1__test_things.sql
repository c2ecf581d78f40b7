create table thing (id uuid primary key, name varchar(50) not null);
