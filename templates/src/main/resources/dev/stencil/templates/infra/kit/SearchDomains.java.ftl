<#-- Feeds: PackageView. The same for every diagram: the construct kit the stack calls. -->
package [=view.basePackage].infra.kit;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.services.opensearchservice.CapacityConfig;
import software.amazon.awscdk.services.opensearchservice.Domain;
import software.amazon.awscdk.services.opensearchservice.EbsOptions;
import software.amazon.awscdk.services.opensearchservice.EncryptionAtRestOptions;
import software.amazon.awscdk.services.opensearchservice.EngineVersion;
import software.amazon.awscdk.services.opensearchservice.TLSSecurityPolicy;
import software.amazon.awscdk.services.opensearchservice.ZoneAwarenessConfig;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.constructs.Construct;

/**
 * OpenSearch Service domains: two data nodes in two zones, encrypted at rest and between nodes,
 * HTTPS with TLS 1.2 or later only; access by IAM grants only; retained on stack deletion.
 */
public final class SearchDomains {

    private SearchDomains() {
    }

    /**
     * Creates a domain and outputs its endpoint as {@code <id>DomainEndpoint}.
     *
     * @param scope parent construct
     * @param id    construct id, the diagram alias in PascalCase
     * @return the domain
     */
    public static Domain create(Construct scope, String id) {
        Domain domain = Domain.Builder.create(scope, id)
                .version(EngineVersion.OPENSEARCH_3_7)
                .capacity(CapacityConfig.builder()
                        .dataNodes(2)
                        .dataNodeInstanceType("r7g.large.search")
                        .multiAzWithStandbyEnabled(false)
                        .build())
                .zoneAwareness(ZoneAwarenessConfig.builder().enabled(true).availabilityZoneCount(2).build())
                .ebs(EbsOptions.builder().volumeSize(20).volumeType(EbsDeviceVolumeType.GP3).build())
                .encryptionAtRest(EncryptionAtRestOptions.builder().enabled(true).build())
                .nodeToNodeEncryption(true)
                .enforceHttps(true)
                .tlsSecurityPolicy(TLSSecurityPolicy.TLS_1_2)
                .build();
        CfnOutput.Builder.create(scope, id + "DomainEndpoint").value(domain.getDomainEndpoint()).build();
        return domain;
    }
}
