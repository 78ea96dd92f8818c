SELECT deviceId, COUNT(*)
FROM events
GROUP BY deviceId HAVING
