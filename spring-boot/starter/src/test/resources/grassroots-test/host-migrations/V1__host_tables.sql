-- the host's own first migration: same version 1 as the library's script
CREATE TABLE host_case (id VARCHAR(64) PRIMARY KEY, district VARCHAR(64));
