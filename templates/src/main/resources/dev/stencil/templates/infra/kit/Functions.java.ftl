<#-- Feeds: PackageView. The same for every diagram: the construct kit the stack calls. -->
package [=view.basePackage].infra.kit;

import java.nio.file.Path;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/** Lambda functions: Java 21 on arm64, code from the functions module's jar, logs kept a month. */
public final class Functions {

    private Functions() {
    }

    /**
     * Creates a function and outputs its name as {@code <id>FunctionName}.
     *
     * @param scope   parent construct
     * @param id      construct id, the diagram alias in PascalCase
     * @param jar     deployment jar holding the handler
     * @param handler handler, {@code class::method}
     * @return the function
     */
    public static Function create(Construct scope, String id, Path jar, String handler) {
        LogGroup logs = LogGroup.Builder.create(scope, id + "Logs")
                .retention(RetentionDays.ONE_MONTH)
                .build();
        Function function = Function.Builder.create(scope, id)
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .code(Code.fromAsset(jar.toString()))
                .handler(handler)
                .memorySize(1024)
                .timeout(Duration.minutes(1))
                .logGroup(logs)
                .build();
        CfnOutput.Builder.create(scope, id + "FunctionName").value(function.getFunctionName()).build();
        return function;
    }
}
