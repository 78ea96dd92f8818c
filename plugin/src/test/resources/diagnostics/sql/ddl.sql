CREATE TABLE rollups (deviceId STRING) WITH ('connector' = 'blackhole')
