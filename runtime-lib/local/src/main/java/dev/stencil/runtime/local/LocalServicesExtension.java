package dev.stencil.runtime.local;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects running local services into test constructors and methods:
 * parameters of type {@link Dynalite}, {@link KinesisLocal}, {@link S3ProxyLocal} or {@link OpenSearchLocal}.
 *
 * <p>Each service starts on first use and is shared by all tests of the run; JUnit closes it when the
 * run ends (a JVM shutdown hook stops it too if the run is killed). Settings: {@link LocalServicesConfig}.
 *
 * <pre>{@code
 * @ExtendWith(LocalServicesExtension.class)
 * class PipelineIT {
 *     @Test
 *     void indexesEveryRecord(KinesisLocal kinesis, OpenSearchLocal openSearch) { ... }
 * }
 * }</pre>
 */
public final class LocalServicesExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalServicesExtension.class);
    private static final Map<Class<?>, Function<LocalServicesConfig, LocalService>> STARTERS = Map.of(
            Dynalite.class, Dynalite::start,
            KinesisLocal.class, KinesisLocal::start,
            S3ProxyLocal.class, S3ProxyLocal::start,
            OpenSearchLocal.class, OpenSearchLocal::start);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return STARTERS.containsKey(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        try {
            return extension.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(type,
                    t -> STARTERS.get(t).apply(LocalServicesConfig.fromSystem()), LocalService.class);
        } catch (LocalServiceException e) {
            throw new ParameterResolutionException("cannot start " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
