package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An OpenSearch Service domain with fine-grained access control (kit: {@code SearchDomains}). */
final class OpenSearchDomainNode implements NodeIntegration {

    @Override
    public ServiceKind kind() {
        return ServiceKind.OPENSEARCH_DOMAIN;
    }

    @Override
    public List<String> stencils() {
        return List.of("opensearch_service_data_node", "opensearch_service");
    }

    @Override
    public Map<String, String> legacyStencils() {
        return Map.of("elasticsearch_service", "opensearch_service_data_node");
    }

    @Override
    public String icon() {
        return "Analytics/OpenSearchService";
    }

    @Override
    public Optional<String> output() {
        return Optional.of("DomainEndpoint");
    }

    @Override
    public void plan(Component node, ComponentNames names, Architecture architecture, Naming naming,
            StackView.Builder stack) {
        stack.domain(new StackView.Node(stack.scope(), names.variable(), names.type(), names.alias()));
    }

    @Override
    public String builtAs(ComponentNames names, Architecture architecture, Naming naming) {
        return "OpenSearch domain `" + names.type() + "`";
    }

    @Override
    public Optional<String> kitFactory() {
        return Optional.of("SearchDomains");
    }

    @Override
    public List<String> cdkClasses() {
        return List.of("Domain");
    }

    @Override
    public Optional<String> localService() {
        return Optional.of("OPENSEARCH");
    }

    @Override
    public List<Acknowledgement> acknowledgements() {
        return List.of(
                new Acknowledgement("SEARCH_PUBLIC_ENDPOINT", "AwsSolutions-OS1", "each search domain",
                        "the domain keeps a public HTTPS endpoint (TLS 1.2+) because its writers are Lambda functions"
                                + " outside any VPC; every request must be SigV4-signed by an IAM principal of this"
                                + " account and pass fine-grained access control"),
                new Acknowledgement("SEARCH_SIGNED_NOT_ALLOWLISTED", "AwsSolutions-OS3", "each search domain",
                        "access is by signed IAM identity, not by source address: Lambda functions and operators"
                                + " have no fixed IP addresses to allowlist"));
    }

    @Override
    public Resources resources(Component node, Architecture architecture) {
        return Resources.of(Resources.ROLE, 1, Resources.LOG_GROUP, 1, Resources.KEY, 1,
                "AWS::OpenSearchService::Domain", 1, "AWS::Logs::ResourcePolicy", 1, Resources.ALARM, 2);
    }

    /** Its endpoint, and its admin role's ARN (the fine-grained access control master user). */
    @Override
    public int outputCount() {
        return 2;
    }

    @Override
    public boolean holdsData() {
        return true;
    }
}
