<#-- Feeds: KitView. The same for every diagram: the cdk-nag findings the kit acknowledges, and why. -->
package [=view.basePackage].infra.kit;

import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.Validations;
import software.constructs.IConstruct;

/**
 * The cdk-nag (AwsSolutions) findings the kit acknowledges, each with its reason. The kit puts
 * them on the exact construct they concern; the README lists them; {@code NagTest} fails on any
 * other finding.
 */
public enum Acknowledgement {
<#list view.acknowledgements as a>
    [=a.constant]("[=a.rule]",
            [=a.reasonLiteral])<#if a?has_next>,<#else>;</#if>
</#list>

    private final String rule;
    private final String reason;

    Acknowledgement(String rule, String reason) {
        this.rule = rule;
        this.reason = reason;
    }

    /**
     * Acknowledges the rule on a construct and everything below it.
     *
     * @param construct the construct the finding concerns
     */
    public void on(IConstruct construct) {
        acknowledge(construct, rule);
    }

    /**
     * Acknowledges one finding of the rule, such as {@code Resource::*} of {@code AwsSolutions-IAM5}.
     *
     * @param construct the construct the finding concerns
     * @param finding   the finding, as cdk-nag names it between brackets
     */
    public void on(IConstruct construct, String finding) {
        acknowledge(construct, rule + "[" + finding + "]");
    }

    private void acknowledge(IConstruct construct, String id) {
        Validations.of(construct).acknowledge(Acknowledgment.builder().id(id).reason(reason).build());
    }
}
