<#-- Feeds: AnalyticsView. -->
package [=view.basePackage].analytics;

import dev.stencil.flink.AppProperties;

/**
 * The entry point of the analytics jar, which holds every Flink job of the diagram: property
 * {@code job} of group {@code Stencil} (set by the stack; {@code --Stencil.job NAME} locally)
 * names the job to run.
 */
public final class AnalyticsMain {

    private AnalyticsMain() {
    }

    /**
     * Runs the job the properties name.
     *
     * @param args {@code --Group.key value} pairs, used only outside Managed Flink
     * @throws Exception if the job cannot be built or fails
     */
    public static void main(String[] args) throws Exception {
        AppProperties properties = AppProperties.load(args);
        String job = properties.group("Stencil").getProperty("job", "");
        switch (job) {
<#list view.jobs as j>
            case "[=j.alias]" -> [=j.packageName].[=j.jobType].run(properties);
</#list>
            default -> throw new IllegalArgumentException("no job named '" + job + "'; the jobs are: "
                    + "<#list view.jobs as j>[=j.alias]<#sep>, </#sep></#list>");
        }
    }
}
