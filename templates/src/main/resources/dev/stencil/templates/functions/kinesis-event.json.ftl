<#-- Feeds: PackageView. A Kinesis event as Lambda delivers it: five clicks and one malformed record. -->
{
  "Records": [
    {
      "kinesis": {
        "kinesisSchemaVersion": "1.0",
        "partitionKey": "user-1",
        "sequenceNumber": "49590338271490256608559692538361571095921575989136588891",
        "data": "eyJldmVudElkIjogImUtMSIsICJ1c2VySWQiOiAidXNlci0xIiwgInNlc3Npb25JZCI6ICJzLTEiLCAicGFnZSI6ICIvcHJvZHVjdHMvMSIsICJyZWZlcnJlciI6ICJodHRwczovL2V4YW1wbGUuY29tLyIsICJpcCI6ICIyMDMuMC4xMTMuNyIsICJ1c2VyQWdlbnQiOiAiTW96aWxsYS81LjAiLCAidGltZXN0YW1wIjogMTc2NDIzNjQwMTAwMH0=",
        "approximateArrivalTimestamp": 1764236401.5
      },
      "eventSource": "aws:kinesis",
      "eventVersion": "1.0",
      "eventID": "shardId-000000000000:49590338271490256608559692538361571095921575989136588891",
      "eventName": "aws:kinesis:record",
      "invokeIdentityArn": "arn:aws:iam::123456789012:role/fn",
      "awsRegion": "eu-west-1",
      "eventSourceARN": "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks"
    },
    {
      "kinesis": {
        "kinesisSchemaVersion": "1.0",
        "partitionKey": "user-2",
        "sequenceNumber": "49590338271490256608559692538361571095921575989136588892",
        "data": "eyJldmVudElkIjogImUtMiIsICJ1c2VySWQiOiAidXNlci0yIiwgInNlc3Npb25JZCI6ICJzLTEiLCAicGFnZSI6ICIvcHJvZHVjdHMvMiIsICJyZWZlcnJlciI6ICJodHRwczovL2V4YW1wbGUuY29tLyIsICJpcCI6ICIxOTguNTEuMTAwLjIwIiwgInVzZXJBZ2VudCI6ICJNb3ppbGxhLzUuMCIsICJ0aW1lc3RhbXAiOiAxNzY0MjM2NDAyMDAwfQ==",
        "approximateArrivalTimestamp": 1764236401.5
      },
      "eventSource": "aws:kinesis",
      "eventVersion": "1.0",
      "eventID": "shardId-000000000000:49590338271490256608559692538361571095921575989136588892",
      "eventName": "aws:kinesis:record",
      "invokeIdentityArn": "arn:aws:iam::123456789012:role/fn",
      "awsRegion": "eu-west-1",
      "eventSourceARN": "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks"
    },
    {
      "kinesis": {
        "kinesisSchemaVersion": "1.0",
        "partitionKey": "user-1",
        "sequenceNumber": "49590338271490256608559692538361571095921575989136588893",
        "data": "eyJldmVudElkIjogImUtMyIsICJ1c2VySWQiOiAidXNlci0xIiwgInNlc3Npb25JZCI6ICJzLTEiLCAicGFnZSI6ICIvcHJvZHVjdHMvMyIsICJyZWZlcnJlciI6ICJodHRwczovL2V4YW1wbGUuY29tLyIsICJpcCI6ICIyMDAxOmRiODo6MSIsICJ1c2VyQWdlbnQiOiAiTW96aWxsYS81LjAiLCAidGltZXN0YW1wIjogMTc2NDIzNjQwMzAwMH0=",
        "approximateArrivalTimestamp": 1764236401.5
      },
      "eventSource": "aws:kinesis",
      "eventVersion": "1.0",
      "eventID": "shardId-000000000000:49590338271490256608559692538361571095921575989136588893",
      "eventName": "aws:kinesis:record",
      "invokeIdentityArn": "arn:aws:iam::123456789012:role/fn",
      "awsRegion": "eu-west-1",
      "eventSourceARN": "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks"
    },
    {
      "kinesis": {
        "kinesisSchemaVersion": "1.0",
        "partitionKey": "anon",
        "sequenceNumber": "49590338271490256608559692538361571095921575989136589001",
        "data": "eyJldmVudElkIjogImUtNCIsICJ1c2VySWQiOiBudWxsLCAic2Vzc2lvbklkIjogInMtMSIsICJwYWdlIjogIi9wcm9kdWN0cy80IiwgInJlZmVycmVyIjogImh0dHBzOi8vZXhhbXBsZS5jb20vIiwgImlwIjogIjE5Mi4wLjIuMSIsICJ1c2VyQWdlbnQiOiAiTW96aWxsYS81LjAiLCAidGltZXN0YW1wIjogMTc2NDIzNjQwNDAwMH0=",
        "approximateArrivalTimestamp": 1764236401.5
      },
      "eventSource": "aws:kinesis",
      "eventVersion": "1.0",
      "eventID": "shardId-000000000001:49590338271490256608559692538361571095921575989136589001",
      "eventName": "aws:kinesis:record",
      "invokeIdentityArn": "arn:aws:iam::123456789012:role/fn",
      "awsRegion": "eu-west-1",
      "eventSourceARN": "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks"
    },
    {
      "kinesis": {
        "kinesisSchemaVersion": "1.0",
        "partitionKey": "broken",
        "sequenceNumber": "49590338271490256608559692538361571095921575989136589002",
        "data": "eyJldmVudElkIjogImUtNSIsICJ0aW1lc3RhbXAiOiA=",
        "approximateArrivalTimestamp": 1764236401.5
      },
      "eventSource": "aws:kinesis",
      "eventVersion": "1.0",
      "eventID": "shardId-000000000001:49590338271490256608559692538361571095921575989136589002",
      "eventName": "aws:kinesis:record",
      "invokeIdentityArn": "arn:aws:iam::123456789012:role/fn",
      "awsRegion": "eu-west-1",
      "eventSourceARN": "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks"
    },
    {
      "kinesis": {
        "kinesisSchemaVersion": "1.0",
        "partitionKey": "user-3",
        "sequenceNumber": "49590338271490256608559692538361571095921575989136589003",
        "data": "eyJldmVudElkIjogImUtNiIsICJ1c2VySWQiOiAidXNlci0zIiwgInNlc3Npb25JZCI6ICJzLTEiLCAicGFnZSI6ICIvcHJvZHVjdHMvNiIsICJyZWZlcnJlciI6ICJodHRwczovL2V4YW1wbGUuY29tLyIsICJpcCI6ICIyMDMuMC4xMTMuOTkiLCAidXNlckFnZW50IjogIk1vemlsbGEvNS4wIiwgInRpbWVzdGFtcCI6IDE3NjQyMzY0MDYwMDB9",
        "approximateArrivalTimestamp": 1764236401.5
      },
      "eventSource": "aws:kinesis",
      "eventVersion": "1.0",
      "eventID": "shardId-000000000001:49590338271490256608559692538361571095921575989136589003",
      "eventName": "aws:kinesis:record",
      "invokeIdentityArn": "arn:aws:iam::123456789012:role/fn",
      "awsRegion": "eu-west-1",
      "eventSourceARN": "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks"
    }
  ]
}