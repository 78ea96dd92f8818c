package dev.stencil.runtime.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * A stretch of work on the current thread during which the runtime's sinks and clients do everything but send:
 * requests are encoded, endpoints resolved and requests signed, but nothing leaves the process. Used to prime a
 * function before a SnapStart snapshot with a synthetic batch that must not reach any store.
 */
public final class DryRun {
    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private DryRun() {
    }

    /** Whether the current thread is in a dry run: sinks must not send. */
    public static boolean active() {
        return ACTIVE.get();
    }

    /** Runs {@code work} as a dry run on this thread. */
    public static <T> T run(Supplier<T> work) {
        boolean outer = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return work.get();
        } finally {
            ACTIVE.set(outer);
        }
    }

    /**
     * An AWS SDK HTTP client that, in a dry run, answers every request with {@code 200 {}} without sending it
     * (so the SDK marshals, resolves the endpoint, signs and unmarshals as for a real call), and otherwise
     * sends through {@code delegate}. For JSON protocols (DynamoDB): {@code {}} is an empty, successful answer.
     */
    public static SdkHttpClient sdkClient(SdkHttpClient delegate) {
        return new SdkHttpClient() {
            @Override
            public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
                return active() ? EMPTY_ANSWER : delegate.prepareRequest(request);
            }

            @Override
            public String clientName() {
                return delegate.clientName();
            }

            @Override
            public void close() {
                delegate.close();
            }
        };
    }

    private static final ExecutableHttpRequest EMPTY_ANSWER = new ExecutableHttpRequest() {
        @Override
        public HttpExecuteResponse call() {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            return HttpExecuteResponse.builder()
                    .response(SdkHttpResponse.builder().statusCode(200)
                            .putHeader("Content-Type", "application/x-amz-json-1.0")
                            .putHeader("Content-Length", Integer.toString(body.length)).build())
                    .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                    .build();
        }

        @Override
        public void abort() {
        }
    };
}
