package dev.stencil.cdk;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.Role;
import software.constructs.Construct;

/**
 * Event producers (web or mobile clients): one IAM role each, which the producer's backend or
 * identity pool assumes to put records. The role starts without permissions; each arrow from
 * the producer adds exactly the grant it needs (see {@link Wiring#producerToStream}).
 */
public final class Producers {

    private Producers() {
    }

    /**
     * Creates a producer role assumable from this account and outputs its ARN as
     * {@code <id>RoleArn}.
     *
     * @param scope parent construct
     * @param id    construct id, the diagram alias in PascalCase
     * @return the role
     */
    public static Role create(Construct scope, String id) {
        Role role = Role.Builder.create(scope, id)
                .assumedBy(new AccountRootPrincipal())
                .description("Producer " + id + ": assume to send events")
                .build();
        CfnOutput.Builder.create(scope, id + "RoleArn").value(role.getRoleArn()).build();
        return role;
    }
}
