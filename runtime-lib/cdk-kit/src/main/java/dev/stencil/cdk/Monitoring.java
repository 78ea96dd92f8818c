package dev.stencil.cdk;

import dev.stencil.defaults.KitDefaults;
import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmWidget;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * The pipeline's alarms, which notify the encrypted topic {@code Alarms} of the main stack (output
 * {@code AlarmTopicArn}: subscribe the on-call channel), and one CloudWatch dashboard per stack
 * ({@code Dashboard}, a widget per alarm, in the order the stack creates them; a nested stack's
 * alarms go to its own dashboard, as a dashboard holds at most 500 widgets, and to the main
 * stack's topic, so one subscription hears every alarm).
 */
public final class Monitoring {

    private static final String ALARMS = KitDefaults.ALARMS_ID;

    private Monitoring() {
    }

    /**
     * Alarms when the metric is above the threshold for {@code periods} periods.
     *
     * @param scope       any construct of the stack
     * @param id          alarm construct id
     * @param metric      the metric, with its statistic and period
     * @param threshold   alarm above this value
     * @param periods     consecutive periods
     * @param description what the alarm means and whom it concerns
     * @return the alarm
     */
    public static Alarm above(Construct scope, String id, IMetric metric, double threshold, int periods,
            String description) {
        return alarm(scope, id, metric, threshold, periods, description, ComparisonOperator.GREATER_THAN_THRESHOLD);
    }

    /**
     * Alarms when the metric is below the threshold for {@code periods} periods.
     *
     * @param scope       any construct of the stack
     * @param id          alarm construct id
     * @param metric      the metric, with its statistic and period
     * @param threshold   alarm below this value
     * @param periods     consecutive periods
     * @param description what the alarm means and whom it concerns
     * @return the alarm
     */
    public static Alarm below(Construct scope, String id, IMetric metric, double threshold, int periods,
            String description) {
        return alarm(scope, id, metric, threshold, periods, description, ComparisonOperator.LESS_THAN_THRESHOLD);
    }

    private static Alarm alarm(Construct scope, String id, IMetric metric, double threshold, int periods,
            String description, ComparisonOperator comparison) {
        Stack stack = Stack.of(scope);
        Alarm alarm = Alarm.Builder.create(stack, id)
                .metric(metric)
                .threshold(threshold)
                .evaluationPeriods(periods)
                .comparisonOperator(comparison)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription(description)
                .build();
        alarm.addAlarmAction(new SnsAction(topic(root(stack))));
        dashboard(stack).addWidgets(AlarmWidget.Builder.create()
                .title(id)
                .alarm(alarm)
                .width(8)
                .build());
        return alarm;
    }

    /** The stack the app created, above any nested stack {@code scope} is in. */
    static Stack root(IConstruct scope) {
        Stack stack = Stack.of(scope);
        while (stack.getNestedStackParent() != null) {
            stack = stack.getNestedStackParent();
        }
        return stack;
    }

    private static ITopic topic(Stack stack) {
        Construct existing = (Construct) stack.getNode().tryFindChild(ALARMS);
        if (existing != null) {
            return (ITopic) existing;
        }
        Key key = Keys.create(stack, ALARMS);
        key.grant(new ServicePrincipal("cloudwatch.amazonaws.com"), "kms:GenerateDataKey", "kms:Decrypt");
        Topic topic = Topic.Builder.create(stack, ALARMS)
                .displayName(stack.getStackName() + " alarms")
                .masterKey(key)
                .enforceSsl(true)
                .build();
        CfnOutput.Builder.create(stack, "AlarmTopicArn").value(topic.getTopicArn()).build();
        return topic;
    }

    private static Dashboard dashboard(Stack stack) {
        Construct existing = (Construct) stack.getNode().tryFindChild(KitDefaults.DASHBOARD_ID);
        return existing != null ? (Dashboard) existing : Dashboard.Builder.create(stack, KitDefaults.DASHBOARD_ID)
                .dashboardName(stack.getStackName() + "-pipeline")
                .defaultInterval(Duration.hours(3))
                .widgets(List.of())
                .build();
    }
}
