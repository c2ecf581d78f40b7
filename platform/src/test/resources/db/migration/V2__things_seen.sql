-- what the test app's consumer applied, one row per event
create table thing_seen (event_id varchar(200) primary key, name varchar(50) not null);
