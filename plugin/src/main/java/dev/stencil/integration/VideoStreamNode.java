package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.naming.Text;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Optional;

/**
 * A Kinesis Video Streams stream: media under its own key, kept a day (kit: {@code VideoStream}).
 * Cameras point into it; nothing Stencil builds reads media, so arrows out of it are refused.
 */
final class VideoStreamNode implements NodeIntegration {

    @Override
    public ServiceKind kind() {
        return ServiceKind.VIDEO_STREAM;
    }

    @Override
    public List<String> stencils() {
        return List.of("kinesis_video_streams");
    }

    @Override
    public String icon() {
        return "Analytics/KinesisVideoStreams";
    }

    @Override
    public Optional<String> whyNoArrowsOut() {
        return Optional.of("it carries media fragments, not records, so no event source mapping, Flink connector or"
                + " Firehose reads it; media is consumed with the Kinesis Video Streams Parser Library, WebRTC or"
                + " Amazon Rekognition Video, which Stencil does not build");
    }

    @Override
    public Optional<String> output() {
        return Optional.of("StreamArn");
    }

    @Override
    public void plan(Component node, ComponentNames names, Architecture architecture, Naming naming,
            StackView.Builder stack) {
        stack.videoStream(new StackView.Node(stack.scope(), names.variable(), names.type(), names.alias()));
    }

    @Override
    public String builtAs(ComponentNames names, Architecture architecture, Naming naming) {
        return "video stream `" + names.type() + "` (24 h of media by default, its own key)";
    }

    @Override
    public Optional<String> kitFactory() {
        return Optional.of("VideoStream");
    }

    @Override
    public List<String> cdkClasses() {
        return List.of();
    }

    /** No local Kinesis Video Streams exists: the run says so, and nothing is put. */
    @Override
    public void planLocal(Component node, ComponentNames names, Architecture architecture, Naming naming,
            LocalView.Builder local) {
        local.notRunLocally(Text.javaLiteral(names.type()), Text.javaLiteral(
                "Kinesis Video Streams has no local implementation; no media is put"));
    }

    @Override
    public Resources resources(Component node, Architecture architecture) {
        return Resources.of(Resources.KEY, 1, "AWS::KinesisVideo::Stream", 1);
    }

    @Override
    public boolean holdsData() {
        return true;
    }
}
