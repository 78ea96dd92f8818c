package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Optional;

/** Firehose --> bucket: the delivery stream from its one source stream, named as drawn (kit: {@code Wiring.streamToArchive}). */
final class FirehoseToBucketArrow implements ArrowIntegration {

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.FIREHOSE_TO_BUCKET;
    }

    @Override
    public void plan(Connection arrow, Architecture architecture, Naming naming, StackView.Builder stack) {
        ComponentNames from = naming.of(arrow.from());
        ComponentNames to = naming.of(arrow.to());
        architecture.incoming(arrow.from()).stream().findFirst().ifPresent(source -> stack.archive(
                new StackView.ArchiveWire(naming.of(source.from()).variable(), to.variable(), from.type())));
    }

    @Override
    public Optional<String> wiringMethod() {
        return Optional.of(StreamArchiveArrow.ARCHIVE_WIRING);
    }

    @Override
    public List<Acknowledgement> acknowledgements() {
        return StreamArchiveArrow.ARCHIVE_ACKNOWLEDGEMENTS;
    }

    @Override
    public void planLocal(Connection arrow, Architecture architecture, Naming naming, LocalView.Builder local) {
        architecture.incoming(arrow.from()).stream().findFirst().ifPresent(source -> local.archive(
                new LocalView.Archive(naming.of(arrow.from()).type(), naming.of(source.from()).type(),
                        naming.localBucketName(naming.of(arrow.to())))));
    }

    @Override
    public Resources resources(Connection arrow, Architecture architecture) {
        return architecture.incoming(arrow.from()).isEmpty() ? Resources.NONE : StreamArchiveArrow.ARCHIVE_RESOURCES;
    }

    @Override
    public boolean builtWithTarget() {
        return true;
    }
}
