package dev.stencil.cdk;

import java.nio.file.Path;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.constructs.Construct;

/** Managed Service for Apache Flink applications (the diagram's Kinesis Data Analytics nodes). */
public final class FlinkApps {

    private FlinkApps() {
    }

    /**
     * Creates an application running the given job jar and outputs its name as
     * {@code <id>ApplicationName}.
     *
     * @param scope parent construct
     * @param id    construct id, the diagram alias in PascalCase
     * @param jar   the analytics module's shaded jar, holding every job of the diagram
     * @param job   which job of the jar this application runs (property {@code Stencil.job})
     * @return the application
     */
    public static FlinkApp create(Construct scope, String id, Path jar, String job) {
        FlinkApp app = new FlinkApp(scope, id, jar);
        app.addPropertyGroup("Stencil", Map.of("job", job));
        CfnOutput.Builder.create(scope, id + "ApplicationName").value(app.getApplicationName()).build();
        return app;
    }
}
