package dev.stencil.cdk;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.logs.CfnResourcePolicy;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.opensearchservice.AdvancedSecurityOptions;
import software.amazon.awscdk.services.opensearchservice.CapacityConfig;
import software.amazon.awscdk.services.opensearchservice.CfnDomain;
import software.amazon.awscdk.services.opensearchservice.Domain;
import software.amazon.awscdk.services.opensearchservice.EbsOptions;
import software.amazon.awscdk.services.opensearchservice.EncryptionAtRestOptions;
import software.amazon.awscdk.services.opensearchservice.EngineVersion;
import software.amazon.awscdk.services.opensearchservice.LoggingOptions;
import software.amazon.awscdk.services.opensearchservice.TLSSecurityPolicy;
import software.amazon.awscdk.services.opensearchservice.ZoneAwarenessConfig;
import software.constructs.Construct;

/**
 * OpenSearch Service domains: {@code dataNodes} (2) data nodes in two zones and
 * {@code masterNodes} (3) dedicated master nodes, encrypted at rest with a rotated
 * customer-managed key and between nodes, HTTPS with TLS 1.2 or later only; fine-grained access
 * control with the role {@code <id>Admin} as master user; an access policy admitting signed
 * requests of this account's IAM principals only; slow and application logs in CloudWatch;
 * alarms on red cluster status and on low free storage. Settings kind: {@code domain}.
 */
public final class SearchDomains {

    private static final List<String> HTTP_ACTIONS = List.of("es:ESHttpGet", "es:ESHttpHead", "es:ESHttpPost",
            "es:ESHttpPut", "es:ESHttpPatch", "es:ESHttpDelete");

    private SearchDomains() {
    }

    /**
     * Creates a domain and outputs its endpoint as {@code <id>DomainEndpoint} and its admin role
     * as {@code <id>AdminRoleArn}.
     *
     * @param scope parent construct
     * @param id    construct id, the diagram alias in PascalCase
     * @return the domain
     */
    public static Domain create(Construct scope, String id) {
        Settings settings = new Settings(scope, id, "domain");
        int volumeGiB = settings.integer("volumeGiB", 20);
        Role admin = Role.Builder.create(scope, id + "Admin")
                .assumedBy(new AccountRootPrincipal())
                .description("Fine-grained access control master user of " + id)
                .build();
        LogGroup logs = LogGroup.Builder.create(scope, id + "Logs")
                .retention(RetentionDays.valueOf(settings.text("logRetention", "ONE_MONTH")))
                .removalPolicy(Settings.removalPolicy(scope))
                .build();
        Domain domain = Domain.Builder.create(scope, id)
                .version(EngineVersion.OPENSEARCH_3_7)
                .capacity(CapacityConfig.builder()
                        .dataNodes(settings.integer("dataNodes", 2))
                        .dataNodeInstanceType(settings.text("dataNodeInstanceType", "r7g.large.search"))
                        .masterNodes(settings.integer("masterNodes", 3))
                        .masterNodeInstanceType(settings.text("masterNodeInstanceType", "m7g.large.search"))
                        .multiAzWithStandbyEnabled(false)
                        .build())
                .zoneAwareness(ZoneAwarenessConfig.builder().enabled(true).availabilityZoneCount(2).build())
                .ebs(EbsOptions.builder().volumeSize(volumeGiB).volumeType(EbsDeviceVolumeType.GP3).build())
                .encryptionAtRest(EncryptionAtRestOptions.builder().enabled(true).kmsKey(Keys.create(scope, id)).build())
                .nodeToNodeEncryption(true)
                .enforceHttps(true)
                .tlsSecurityPolicy(TLSSecurityPolicy.TLS_1_2)
                .fineGrainedAccessControl(AdvancedSecurityOptions.builder().masterUserArn(admin.getRoleArn()).build())
                .logging(LoggingOptions.builder()
                        .slowSearchLogEnabled(true).slowSearchLogGroup(logs)
                        .slowIndexLogEnabled(true).slowIndexLogGroup(logs)
                        .appLogEnabled(true).appLogGroup(logs)
                        .build())
                .suppressLogsResourcePolicy(true)
                .removalPolicy(Settings.removalPolicy(scope))
                .build();
        allowLogDelivery(scope, id, logs, domain);
        ((CfnDomain) domain.getNode().getDefaultChild()).setAccessPolicies(accountOnlyPolicy());
        Acknowledgement.SEARCH_PUBLIC_ENDPOINT.on(domain);
        Acknowledgement.SEARCH_SIGNED_NOT_ALLOWLISTED.on(domain);
        Monitoring.above(scope, id + "ClusterRed", domain.metricClusterStatusRed(), 0, 1,
                id + " has unassigned primary shards: data is missing from searches");
        Monitoring.below(scope, id + "FreeStorage", domain.metricFreeStorageSpace(), volumeGiB * 1024 / 4.0, 1,
                id + " has less than a quarter of its storage free on a node");
        CfnOutput.Builder.create(scope, id + "DomainEndpoint").value(domain.getDomainEndpoint()).build();
        CfnOutput.Builder.create(scope, id + "AdminRoleArn").value(admin.getRoleArn()).build();
        return domain;
    }

    /** The resource policy the domain's log delivery needs, without the CDK's custom resource. */
    private static void allowLogDelivery(Construct scope, String id, LogGroup logs, Domain domain) {
        CfnResourcePolicy policy = CfnResourcePolicy.Builder.create(scope, id + "LogDelivery")
                .policyName(id + "-" + Aws.STACK_NAME + "-search-logs")
                // Sorted maps: Map.of iterates in an order that changes from one JVM to the next, and
                // this document is a string, so any other order would change the template on every synth.
                .policyDocument(Stack.of(scope).toJsonString(new TreeMap<>(Map.of(
                        "Version", "2012-10-17",
                        "Statement", List.of(new TreeMap<>(Map.of(
                                "Effect", "Allow",
                                "Principal", Map.of("Service", "es.amazonaws.com"),
                                "Action", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                                "Resource", logs.getLogGroupArn())))))))
                .build();
        domain.getNode().addDependency(policy);
    }

    private static Map<String, Object> accountOnlyPolicy() {
        return Map.of(
                "Version", "2012-10-17",
                "Statement", List.of(Map.of(
                        "Effect", "Allow",
                        "Principal", Map.of("AWS", "arn:" + Aws.PARTITION + ":iam::" + Aws.ACCOUNT_ID + ":root"),
                        "Action", HTTP_ACTIONS,
                        "Resource", "arn:" + Aws.PARTITION + ":es:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":domain/*")));
    }
}
