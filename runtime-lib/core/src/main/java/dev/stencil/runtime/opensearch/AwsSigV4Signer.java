package dev.stencil.runtime.opensearch;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * SigV4 signing with the AWS SDK's signer, for Amazon OpenSearch Service ({@code es}) or
 * OpenSearch Serverless ({@code aoss}).
 */
public final class AwsSigV4Signer implements RequestSigner {
    /** Headers java.net.http sets itself and refuses to take from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final AwsCredentialsProvider credentials;
    private final String region;
    private final String service;

    private AwsSigV4Signer(AwsCredentialsProvider credentials, String region, String service) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.region = Objects.requireNonNull(region, "region");
        this.service = Objects.requireNonNull(service, "service");
    }

    /** Signs for Amazon OpenSearch Service in {@code region} with the default credential chain. */
    public static AwsSigV4Signer forOpenSearchService(String region) {
        return new AwsSigV4Signer(DefaultCredentialsProvider.builder().build(), region, "es");
    }

    /** Signs for {@code service} ({@code es} or {@code aoss}) with the given credentials. */
    public static AwsSigV4Signer create(AwsCredentialsProvider credentials, String region, String service) {
        return new AwsSigV4Signer(credentials, region, service);
    }

    @Override
    public Map<String, List<String>> sign(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(method))
                .uri(uri);
        headers.forEach(request::putHeader);
        SignedRequest signed = signer.sign(r -> r
                .identity(credentials.resolveCredentials())
                .request(request.build())
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        Map<String, List<String>> added = new LinkedHashMap<>();
        signed.request().headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT)) && !headers.containsKey(name)) {
                added.put(name, values);
            }
        });
        return added;
    }
}
