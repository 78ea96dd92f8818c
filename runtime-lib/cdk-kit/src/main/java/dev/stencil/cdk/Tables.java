package dev.stencil.cdk;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.Stats;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.iam.IGrantable;
import software.constructs.Construct;

/**
 * DynamoDB tables: on-demand, encrypted with a rotated customer-managed key, point-in-time
 * recovery, deletion protection unless the stack is a development stack; alarms on read and
 * write throttling. Settings kind: {@code table}.
 */
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
        return create(scope, Table.Builder.create(scope, id), id, partitionKey, sortKey);
    }

    /**
     * Creates a table of items keyed by a string partition key alone (events written by their id),
     * otherwise as {@link #create(Construct, String, String, String)}.
     *
     * @param scope        parent construct
     * @param id           construct id, the diagram alias in PascalCase
     * @param partitionKey partition key attribute (S)
     * @return the table
     */
    public static Table create(Construct scope, String id, String partitionKey) {
        return create(scope, Table.Builder.create(scope, id), id, partitionKey, null);
    }

    /**
     * {@link #create(Construct, String, String, String)} with items that expire: DynamoDB deletes an
     * item some time after the epoch second its TTL attribute holds.
     *
     * @param scope        parent construct
     * @param id           construct id, the diagram alias in PascalCase
     * @param partitionKey partition key attribute (S)
     * @param sortKey      sort key attribute (N)
     * @param ttlAttribute the attribute holding when an item expires, epoch seconds (N)
     * @return the table
     */
    public static Table create(Construct scope, String id, String partitionKey, String sortKey, String ttlAttribute) {
        return create(scope, Table.Builder.create(scope, id).timeToLiveAttribute(ttlAttribute), id, partitionKey,
                sortKey);
    }

    private static Table create(Construct scope, Table.Builder builder, String id, String partitionKey,
                                String sortKey) {
        RemovalPolicy removal = Settings.removalPolicy(scope);
        if (sortKey != null) {
            builder.sortKey(Attribute.builder().name(sortKey).type(AttributeType.NUMBER).build());
        }
        Table table = builder
                .partitionKey(Attribute.builder().name(partitionKey).type(AttributeType.STRING).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .encryption(TableEncryption.CUSTOMER_MANAGED)
                .encryptionKey(Keys.create(scope, id))
                .pointInTimeRecoverySpecification(
                        PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build())
                .deletionProtection(removal == RemovalPolicy.RETAIN)
                .removalPolicy(removal)
                .build();
        for (String throttles : new String[] {"WriteThrottleEvents", "ReadThrottleEvents"}) {
            Monitoring.above(scope, id + throttles, table.metric(throttles,
                            MetricOptions.builder().statistic(Stats.SUM).build()), 0, 3,
                    id + " throttled requests: check hot partition keys");
        }
        CfnOutput.Builder.create(scope, id + "TableName").value(table.getTableName()).build();
        return table;
    }

    /**
     * Lets a writer put, update and batch-write items, and encrypt them; nothing else.
     *
     * @param table   a table of this kit
     * @param grantee the writer
     */
    public static void grantWrite(ITable table, IGrantable grantee) {
        table.grant(grantee, "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem",
                "dynamodb:DescribeTable");
        Keys.grantEncrypt(table.getEncryptionKey(), grantee);
    }

    /**
     * Lets a reader get items one by one and in batches, and decrypt them; nothing else (no scans,
     * no queries, no writes).
     *
     * @param table   a table of this kit
     * @param grantee the reader
     */
    public static void grantLookup(ITable table, IGrantable grantee) {
        table.grant(grantee, "dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:DescribeTable");
        Keys.grantDecrypt(table.getEncryptionKey(), grantee);
    }
}
