package dev.stencil.cdk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.kinesis.Stream;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.opensearchservice.Domain;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.sqs.Queue;

/**
 * A stack that makes every kit call once, the way a generated stack does: each service, then
 * each supported arrow (the seed's clickstream plus a function writing to a table).
 */
final class KitStacks {

    private KitStacks() {}

    /**
     * @param artefacts a folder for the stand-in jars the function and the Flink app deploy
     * @param context   CDK context, such as overrides ({@code stencil:<Id>.<key>})
     */
    static Stack everyKitCall(Path artefacts, Map<String, Object> context) throws IOException {
        App app = new App(AppProps.builder().context(context).build());
        Stack stack = new Stack(app, "KitStack");
        UnknownOverrides.rejectIn(stack);
        Tagging.apply(stack, "kit");

        Path functionsJar = Files.writeString(artefacts.resolve("functions.jar"), "functions");
        Path analyticsJar = Files.writeString(artefacts.resolve("analytics.jar"), "analytics");
        Role web = Producers.create(stack, "Web");
        Stream kds = Streams.create(stack, "Kds");
        FlinkApp kda = FlinkApps.create(stack, "Kda", analyticsJar, "kda");
        Function fn = Functions.create(stack, "Fn", functionsJar, "example.FnHandler::handleRequest");
        Table ddb = Tables.create(stack, "Ddb", "page", "windowStart");
        Table counts = Tables.create(stack, "Counts", "page", "windowStart");
        Domain os = SearchDomains.create(stack, "Os");
        Bucket s3 = Buckets.create(stack, "S3");
        Queue alerts = Queues.create(stack, "Alerts");
        IotCore core = IotCore.create(stack, "Core", "core");
        Role sensors = Producers.create(stack, "Sensors");
        VideoStream cameras = VideoStream.create(stack, "Cameras");

        Wiring.producerToStream(web, kds);
        Wiring.streamToFunction(kds, fn, false);
        Wiring.streamToFlink(kds, kda, "Kds");
        Wiring.flinkToTable(kda, ddb, "Ddb");
        Wiring.functionToSearch(fn, os, "fn", "OS_ENDPOINT", "OS_INDEX");
        Wiring.functionToTable(fn, counts, "COUNTS_TABLE_NAME");
        Wiring.streamToArchive(kds, s3, "KdsToS3");
        Wiring.functionToQueue(fn, alerts, "ALERTS_QUEUE_URL");
        Wiring.producerToIot(sensors, core);
        Wiring.iotToStream(core, kds, "CoreToKds");
        Wiring.producerToVideo(web, cameras);
        return stack;
    }
}
