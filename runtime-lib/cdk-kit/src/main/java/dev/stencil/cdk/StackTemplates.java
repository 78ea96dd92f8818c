package dev.stencil.cdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import software.amazon.awscdk.NestedStack;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.StageSynthesisOptions;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.assertions.Template;

/**
 * The templates of a stack and of its nested stacks, for the generated stack test: one template
 * that holds them all (to assert on the diagram whether or not it was split), each stack's
 * resource count, and CloudFormation's quotas on each template.
 */
public final class StackTemplates {

    /** CloudFormation's quota of resources per template. */
    public static final int MAX_RESOURCES = 500;

    /** CloudFormation's quota of outputs, and of parameters, per template. */
    public static final int MAX_OUTPUTS_OR_PARAMETERS = 200;

    /** CloudFormation's quota on a template's size when it comes from S3, as the CDK CLI deploys it. */
    public static final int MAX_BYTES = 1_000_000;

    /** IAM's quota on the inline policies of one role, in characters without whitespace. */
    public static final int MAX_ROLE_POLICY_CHARACTERS = 10_240;

    /** IAM's default quota of managed policies attached to one role (the CDK moves what overflows a role's inline policy into them). */
    public static final int MAX_MANAGED_POLICIES_PER_ROLE = 10;

    /** Lambda's quota on a function's environment variables, in bytes. */
    public static final int MAX_ENVIRONMENT_BYTES = 4_096;

    /**
     * What a reference ({@code Ref}, {@code Fn::GetAtt}, {@code Fn::ImportValue}…) counts for
     * once deployed, where it becomes an ARN, a name or an endpoint: generously long.
     */
    static final int RESOLVED_REFERENCE_CHARACTERS = 128;

    private static final ObjectMapper JSON = new ObjectMapper();

    private StackTemplates() {
    }

    /**
     * The stack's template and every nested stack's, as one: resources and outputs of a nested
     * stack keep their logical ids unless the main stack (or a nested stack before) has one of the
     * same id, which is then prefixed with the nested stack's id.
     *
     * @param stack the stack the app created
     * @return the merged template
     */
    public static Template merged(Stack stack) {
        Map<String, Object> resources = new LinkedHashMap<>();
        Map<String, Object> outputs = new LinkedHashMap<>();
        each(stack).forEach((id, template) -> {
            section(template, "Resources").forEach((key, value) -> resources.put(unique(resources, id, key), value));
            section(template, "Outputs").forEach((key, value) -> outputs.put(unique(outputs, id, key), value));
        });
        return Template.fromJSON(Map.of("Resources", resources, "Outputs", outputs));
    }

    /**
     * The template of the stack (id {@code ""}) and of each nested stack (its construct id).
     *
     * @param stack the stack the app created
     * @return the templates, the stack's first
     */
    public static Map<String, Template> each(Stack stack) {
        CloudAssembly assembly = Stage.of(stack).synth(StageSynthesisOptions.builder().force(true).build());
        Map<String, Template> templates = new LinkedHashMap<>();
        templates.put("", Template.fromJSON(asMap(assembly.getStackArtifact(stack.getArtifactId()).getTemplate())));
        stack.getNode().findAll().stream()
                .filter(NestedStack.class::isInstance)
                .map(NestedStack.class::cast)
                .forEach(nested -> templates.put(nested.getNode().getId(),
                        Template.fromJSON(read(Path.of(assembly.getDirectory(), nested.getTemplateFile())))));
        return templates;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object template) {
        return (Map<String, Object>) template;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path template) {
        try {
            return JSON.readValue(template.toFile(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synthesized template " + template, e);
        }
    }

    /**
     * How many resources each template holds, by the id {@link #each} gives it.
     *
     * @param stack the stack the app created
     * @return the counts
     */
    public static Map<String, Integer> resourceCounts(Stack stack) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        each(stack).forEach((id, template) -> counts.put(id, section(template, "Resources").size()));
        return counts;
    }

    /**
     * How many outputs the stacks declare, leaving out those the CDK adds to a nested stack to hand
     * one of its values to another stack (the main stack reads each as {@code Outputs.<name>} of
     * the nested stack's resource).
     *
     * @param stack the stack the app created
     * @return the declared outputs of every stack
     */
    public static int declaredOutputs(Stack stack) {
        Map<String, Template> templates = each(stack);
        int all = templates.values().stream().mapToInt(t -> section(t, "Outputs").size()).sum();
        Set<String> passedOn = new HashSet<>();
        collectNestedOutputReferences(templates.get("").toJSON(), passedOn);
        return all - passedOn.size();
    }

    private static void collectNestedOutputReferences(Object json, Set<String> found) {
        if (json instanceof Map<?, ?> map) {
            if (map.get("Fn::GetAtt") instanceof List<?> getAtt && getAtt.size() == 2
                    && String.valueOf(getAtt.get(1)).startsWith("Outputs.")) {
                found.add(getAtt.get(0) + "." + getAtt.get(1));
            }
            map.values().forEach(value -> collectNestedOutputReferences(value, found));
        } else if (json instanceof List<?> list) {
            list.forEach(value -> collectNestedOutputReferences(value, found));
        }
    }

    /**
     * What breaks CloudFormation's quotas, one line per template and quota; empty when every
     * template deploys.
     *
     * @param stack the stack the app created
     * @return the problems
     */
    public static List<String> overQuota(Stack stack) {
        List<String> problems = new ArrayList<>();
        each(stack).forEach((id, template) -> {
            String name = id.isEmpty() ? stack.getStackName() : "nested stack " + id;
            check(problems, name, "resources", section(template, "Resources").size(), MAX_RESOURCES);
            check(problems, name, "outputs", section(template, "Outputs").size(), MAX_OUTPUTS_OR_PARAMETERS);
            check(problems, name, "parameters", section(template, "Parameters").size(), MAX_OUTPUTS_OR_PARAMETERS);
            check(problems, name, "bytes", bytes(template), MAX_BYTES);
            rolePolicyCharacters(template).forEach((role, characters) -> check(problems, name + " role " + role,
                    "characters of inline policy (references counted as deployed ARNs)", characters,
                    MAX_ROLE_POLICY_CHARACTERS, "IAM"));
            managedPolicies(template).forEach((role, count) -> check(problems, name + " role " + role,
                    "managed policies attached", count, MAX_MANAGED_POLICIES_PER_ROLE, "IAM"));
            environmentBytes(template).forEach((function, bytes) -> check(problems, name + " function " + function,
                    "bytes of environment variables (references counted as deployed values)", bytes,
                    MAX_ENVIRONMENT_BYTES, "Lambda"));
        });
        return problems;
    }

    /** Each role's inline policies, as IAM measures them once deployed, by the role's logical id. */
    static Map<String, Integer> rolePolicyCharacters(Template template) {
        Map<String, Integer> characters = new LinkedHashMap<>();
        eachResource(template, "AWS::IAM::Policy", (id, properties) -> {
            if (properties.get("Roles") instanceof List<?> roles) {
                int size = deployedLength(properties.get("PolicyDocument"));
                roles.forEach(role -> characters.merge(roleId(role), size, Integer::sum));
            }
        });
        eachResource(template, "AWS::IAM::Role", (id, properties) -> {
            if (properties.get("Policies") instanceof List<?> inline) {
                inline.forEach(policy -> characters.merge(id, deployedLength(policy), Integer::sum));
            }
        });
        return characters;
    }

    /** How many managed policies each role has attached, by the role's logical id. */
    static Map<String, Integer> managedPolicies(Template template) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        eachResource(template, "AWS::IAM::ManagedPolicy", (id, properties) -> {
            if (properties.get("Roles") instanceof List<?> roles) {
                roles.forEach(role -> counts.merge(roleId(role), 1, Integer::sum));
            }
        });
        eachResource(template, "AWS::IAM::Role", (id, properties) -> {
            if (properties.get("ManagedPolicyArns") instanceof List<?> arns) {
                counts.merge(id, arns.size(), Integer::sum);
            }
        });
        return counts;
    }

    /** Each function's environment variables, as Lambda measures them once deployed, by the function's logical id. */
    static Map<String, Integer> environmentBytes(Template template) {
        Map<String, Integer> bytes = new LinkedHashMap<>();
        eachResource(template, "AWS::Lambda::Function", (id, properties) -> {
            if (properties.get("Environment") instanceof Map<?, ?> environment
                    && environment.get("Variables") instanceof Map<?, ?> variables) {
                bytes.put(id, variables.entrySet().stream()
                        .mapToInt(v -> v.getKey().toString().length() + deployedLength(v.getValue())).sum());
            }
        });
        return bytes;
    }

    /** Hands each resource of a type to {@code action}: its logical id and its properties. */
    @SuppressWarnings("unchecked")
    private static void eachResource(Template template, String type, BiConsumer<String, Map<String, Object>> action) {
        section(template, "Resources").forEach((id, value) -> {
            Map<String, Object> resource = (Map<String, Object>) value;
            if (type.equals(resource.get("Type"))) {
                action.accept(id, (Map<String, Object>) resource.getOrDefault("Properties", Map.of()));
            }
        });
    }

    private static String roleId(Object role) {
        return role instanceof Map<?, ?> ref && ref.get("Ref") != null ? ref.get("Ref").toString() : String.valueOf(role);
    }

    /** The JSON length of a value with no whitespace, each reference as long as what it resolves to might be. */
    private static int deployedLength(Object json) {
        if (json instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.keySet().iterator().next() instanceof String key
                    && (key.equals("Ref") || key.startsWith("Fn::GetAtt") || key.equals("Fn::ImportValue"))) {
                return RESOLVED_REFERENCE_CHARACTERS;
            }
            if (map.size() == 1 && map.get("Fn::Join") instanceof List<?> join && join.size() == 2
                    && join.get(1) instanceof List<?> parts) {
                return 2 + parts.stream().mapToInt(part -> part instanceof String text ? text.length()
                        : deployedLength(part)).sum();
            }
            return 2 + map.entrySet().stream().mapToInt(e -> e.getKey().toString().length() + 3
                    + deployedLength(e.getValue()) + 1).sum();
        }
        if (json instanceof List<?> list) {
            return 2 + list.stream().mapToInt(item -> deployedLength(item) + 1).sum();
        }
        return json instanceof String text ? text.length() + 2 : String.valueOf(json).length();
    }

    private static void check(List<String> problems, String name, String what, int count, int quota) {
        check(problems, name, what, count, quota, "CloudFormation");
    }

    private static void check(List<String> problems, String name, String what, int count, int quota, String service) {
        if (count > quota) {
            problems.add(name + " has " + count + " " + what + ", more than the " + quota + " " + service + " allows");
        }
    }

    private static int bytes(Template template) {
        try {
            return JSON.writeValueAsString(template.toJSON()).getBytes(StandardCharsets.UTF_8).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a synthesized template does not serialize", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Template template, String name) {
        Object section = template.toJSON().get(name);
        return section instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String unique(Map<String, Object> taken, String prefix, String key) {
        return taken.containsKey(key) ? prefix + key : key;
    }
}
