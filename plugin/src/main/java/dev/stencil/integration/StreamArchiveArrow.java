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

/** Stream --> bucket: one Firehose delivery stream, named after both ends (kit: {@code Wiring.streamToArchive}). */
final class StreamArchiveArrow implements ArrowIntegration {

    /** Both archive arrows build one delivery stream through the same kit call. */
    static final String ARCHIVE_WIRING = "streamToArchive";

    /** One delivery stream with its role, its error log and its alarm. */
    static final Resources ARCHIVE_RESOURCES = Resources.of(Resources.ROLE, 1, Resources.POLICY, 1, Resources.LOG_GROUP,
            1, Resources.LOG_STREAM, 1, "AWS::KinesisFirehose::DeliveryStream", 1, Resources.ALARM, 1);

    static final List<Acknowledgement> ARCHIVE_ACKNOWLEDGEMENTS = List.of(
            new Acknowledgement("FIREHOSE_READS_ENCRYPTED_STREAM", "AwsSolutions-KDF1", "each delivery stream",
                    "Firehose server-side encryption applies to Direct PUT sources only; this delivery stream reads"
                            + " a KMS-encrypted Kinesis stream and writes with the bucket's KMS key"),
            new Acknowledgement("FIREHOSE_WRITES_OBJECTS", "AwsSolutions-IAM5",
                    "each delivery stream's role, `Resource::<bucket>.Arn/*`",
                    "Firehose names the objects it delivers (by time, under events/ and errors/), so its write on"
                            + " the one archive bucket covers the bucket's objects; the actions are exact"));

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.STREAM_ARCHIVE;
    }

    @Override
    public void plan(Connection arrow, Architecture architecture, Naming naming, StackView.Builder stack) {
        ComponentNames from = naming.of(arrow.from());
        ComponentNames to = naming.of(arrow.to());
        stack.archive(new StackView.ArchiveWire(from.variable(), to.variable(), Naming.wireId(from.type(), to.type())));
    }

    @Override
    public Optional<String> wiringMethod() {
        return Optional.of(ARCHIVE_WIRING);
    }

    @Override
    public List<Acknowledgement> acknowledgements() {
        return ARCHIVE_ACKNOWLEDGEMENTS;
    }

    /** What the delivery stream writes, written locally as Firehose writes it, and one archived record per event. */
    @Override
    public void planLocal(Connection arrow, Architecture architecture, Naming naming, LocalView.Builder local) {
        ComponentNames stream = naming.of(arrow.from());
        ComponentNames bucket = naming.of(arrow.to());
        local.archive(new LocalView.Archive(Naming.wireId(stream.type(), bucket.type()), stream.type(),
                naming.localBucketName(bucket)));
    }

    @Override
    public Resources resources(Connection arrow, Architecture architecture) {
        return ARCHIVE_RESOURCES;
    }

    @Override
    public boolean builtWithTarget() {
        return true;
    }
}
