package dev.stencil.runtime.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.runtime.dynamodb.BatchWriter;
import dev.stencil.runtime.dynamodb.Tables;
import dev.stencil.runtime.events.UserProfile;
import dev.stencil.runtime.local.Dynalite;
import dev.stencil.runtime.local.LocalClients;
import dev.stencil.runtime.local.LocalServicesExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(LocalServicesExtension.class)
class DynamoDbProfileLookupIT {
    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void createProfiles(Dynalite dynalite) {
        client = LocalClients.dynamoDb(dynalite);
        table = Tables.create(client, "userId", null);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            items.add(Map.of("userId", AttributeValue.fromS("user-" + i),
                    "segment", AttributeValue.fromS(i % 2 == 0 ? "pro" : "free"),
                    "age", AttributeValue.fromN(Integer.toString(20 + i % 50)),
                    "vip", AttributeValue.fromBool(i == 7),
                    "tags", AttributeValue.fromSs(List.of("x"))));
        }
        assertThat(BatchWriter.builder().client(client).tableName(table).keyAttributes("userId").build()
                .write(items)).isEmpty();
    }

    @Test
    void findsAProfileWithItsScalarAttributes() {
        UserProfile profile = DynamoDbProfileLookup.create(client, table).find("user-7").orElseThrow();

        assertThat(profile.attributes()).containsExactlyInAnyOrderEntriesOf(
                Map.of("segment", "free", "age", "27", "vip", "true"));
        assertThat(DynamoDbProfileLookup.create(client, table).find("nobody")).isEmpty();
    }

    @Test
    void findsManyProfilesInBatchesOfAHundred() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            ids.add("user-" + i);
        }

        Map<String, UserProfile> found = DynamoDbProfileLookup.create(client, table).findAll(ids);

        assertThat(found).hasSize(150).containsKey("user-149").doesNotContainKey("user-150");
        assertThat(found.get("user-10").attributes().get("segment")).isEqualTo("pro");
    }

    @Test
    void reportsAMissingTableAsALookupFailure() {
        assertThatThrownBy(() -> DynamoDbProfileLookup.create(client, "no-such-table").find("user-1"))
                .isInstanceOf(ProfileLookupException.class).hasMessageContaining("no-such-table");
    }
}
