SELECT r.deviceId, d.site
FROM events AS r
JOIN devices AS d ON r.deviceId = d.deviceId
