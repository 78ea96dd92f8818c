-- Average temperature per device per minute, as Flink's window table functions write it.
WITH readings AS (SELECT `deviceId`, `temperature`, `rowtime` FROM `events` WHERE `temperature` > -50)
SELECT `deviceId`, window_start AS `windowStart`, AVG(`temperature`) AS `avgTemp`
FROM TABLE(TUMBLE(TABLE readings, DESCRIPTOR(`rowtime`), INTERVAL '1' MINUTE))
GROUP BY `deviceId`, window_start, window_end
