<#-- Feeds: AppView. -->
package [=view.basePackage].infra;

import dev.stencil.cdk.ProjectContext;
import java.nio.file.Path;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app. Runs from the project root (the build and {@code cdk.json} arrange that) and
 * writes the cloud assembly to {@code cdk.out} there, or where the CDK CLI asks
 * ({@code CDK_OUTDIR}). The stack is environment-agnostic: it deploys to the account and region
 * of the credentials in use. The organisation's overrides in
 * {@code [=view.overridesFile]} become context values; {@code cdk -c} ones win over them.
 */
public final class [=view.appType] {

    private [=view.appType]() {
    }

    /**
     * Synthesizes the app.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        Path root = Path.of("").toAbsolutePath();
        String outdir = System.getenv().getOrDefault("CDK_OUTDIR", root.resolve("cdk.out").toString());
        App app = new App(AppProps.builder()
                .outdir(outdir)
                .context(ProjectContext.of(root.resolve("cdk.json"), root.resolve("[=view.overridesFile]")))
                .build());
        new [=view.stackType](app, "[=view.stackId]", StackProps.builder()
                .description([=view.description])
                .build(), [=view.configType].fromProjectRoot(root));
        app.synth();
        System.out.println("Synthesized [=view.stackId] into " + Path.of(outdir).resolve("[=view.stackId].template.json"));
    }
}
