package dev.stencil.runtime.opensearch;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Signs a bulk request, e.g. with AWS SigV4 for Amazon OpenSearch Service ({@link AwsSigV4Signer}).
 */
@FunctionalInterface
public interface RequestSigner {
    /**
     * The headers to add to the request.
     *
     * @param method  HTTP method
     * @param uri     full request URI
     * @param headers the headers the request already has (e.g. {@code Content-Type})
     * @param body    the exact body bytes
     */
    Map<String, List<String>> sign(String method, URI uri, Map<String, List<String>> headers, byte[] body);
}
