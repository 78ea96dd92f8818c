<#-- Feeds: AppView. -->
package [=view.basePackage].infra;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the stack finds the artefacts it deploys.
 *
<#list view.artefacts as a>
 * @param [=a.accessor] built at {@code [=a.path]}
</#list>
 */
public record [=view.configType](<#list view.artefacts as a>Path [=a.accessor]<#sep>, </#sep></#list>) {

    /** Checks that the artefacts exist, so a missing build fails with a clear message. */
    public [=view.configType] {
        for (Path artefact : new Path[] {<#list view.artefacts as a>[=a.accessor]<#sep>, </#sep></#list>}) {
            if (!Files.isRegularFile(artefact)) {
                throw new IllegalArgumentException(
                        artefact + " does not exist: run `mvn package` in the project root first");
            }
        }
    }

    /**
     * The artefacts as the root build leaves them.
     *
     * @param root the project root
     * @return the configuration
     */
    public static [=view.configType] fromProjectRoot(Path root) {
        return new [=view.configType](<#list view.artefacts as a>
                root.resolve("[=a.path]").toAbsolutePath()<#sep>,</#sep></#list>);
    }
}
