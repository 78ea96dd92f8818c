<#-- Feeds: PackageView. The same for every diagram: the construct kit the stack calls. -->
package [=view.basePackage].infra.kit;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.constructs.Construct;

/** DynamoDB tables: on-demand, encrypted, with point-in-time recovery; retained on stack deletion. */
public final class Tables {

    private Tables() {
    }

    /**
     * Creates a table with a string partition key and a number sort key, and outputs its name as
     * {@code <id>TableName}.
     *
     * @param scope        parent construct
     * @param id           construct id, the diagram alias in PascalCase
     * @param partitionKey partition key attribute (S)
     * @param sortKey      sort key attribute (N)
     * @return the table
     */
    public static Table create(Construct scope, String id, String partitionKey, String sortKey) {
        Table table = Table.Builder.create(scope, id)
                .partitionKey(Attribute.builder().name(partitionKey).type(AttributeType.STRING).build())
                .sortKey(Attribute.builder().name(sortKey).type(AttributeType.NUMBER).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .encryption(TableEncryption.AWS_MANAGED)
                .pointInTimeRecoverySpecification(
                        PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build())
                .build();
        CfnOutput.Builder.create(scope, id + "TableName").value(table.getTableName()).build();
        return table;
    }
}
