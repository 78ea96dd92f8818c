package dev.stencil.runtime.kinesis.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads records aggregated by the Kinesis Producer Library: the magic bytes {@code F3 89 9A C2}, a protobuf
 * {@code AggregatedRecord}, and the MD5 of that protobuf. Like the KCL, a payload whose magic or digest does
 * not match is not aggregated and is passed on whole.
 */
public final class KplAggregation {
    private static final byte[] MAGIC = {(byte) 0xF3, (byte) 0x89, (byte) 0x9A, (byte) 0xC2};
    private static final int DIGEST_LENGTH = 16;

    private KplAggregation() {
    }

    /**
     * One user record inside an aggregated record.
     *
     * @param partitionKey the user record's partition key
     * @param data         its payload
     */
    public record UserRecord(String partitionKey, ByteBuffer data) {
    }

    /** The user records in {@code payload}, or {@code null} if it is not a KPL-aggregated record. */
    public static List<UserRecord> deaggregate(ByteBuffer payload) {
        ByteBuffer in = payload.duplicate();
        if (in.remaining() < MAGIC.length + DIGEST_LENGTH) {
            return null;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (in.get(in.position() + i) != MAGIC[i]) {
                return null;
            }
        }
        int start = in.position() + MAGIC.length;
        int end = in.limit() - DIGEST_LENGTH;
        if (!digestMatches(in, start, end)) {
            return null;
        }
        try {
            return parse(in.duplicate().position(start).limit(end).slice());
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static List<UserRecord> parse(ByteBuffer message) {
        List<String> keys = new ArrayList<>();
        List<long[]> keyIndexes = new ArrayList<>();
        List<ByteBuffer> datas = new ArrayList<>();
        while (message.hasRemaining()) {
            long tag = varint(message);
            int field = (int) (tag >>> 3);
            int wireType = (int) (tag & 7);
            if (wireType != 2) {
                skip(message, wireType);
                continue;
            }
            ByteBuffer value = lengthDelimited(message);
            if (field == 1) {
                keys.add(StandardCharsets.UTF_8.decode(value).toString());
            } else if (field == 3) {
                long[] keyIndex = {-1};
                ByteBuffer data = null;
                while (value.hasRemaining()) {
                    long inner = varint(value);
                    int innerField = (int) (inner >>> 3);
                    int innerType = (int) (inner & 7);
                    if (innerField == 1 && innerType == 0) {
                        keyIndex[0] = varint(value);
                    } else if (innerField == 3 && innerType == 2) {
                        data = lengthDelimited(value);
                    } else {
                        skip(value, innerType);
                    }
                }
                if (keyIndex[0] < 0 || data == null) {
                    throw new IllegalArgumentException("user record without partition key index or data");
                }
                keyIndexes.add(keyIndex);
                datas.add(data);
            }
        }
        List<UserRecord> records = new ArrayList<>(datas.size());
        for (int i = 0; i < datas.size(); i++) {
            long index = keyIndexes.get(i)[0];
            if (index >= keys.size()) {
                throw new IllegalArgumentException("partition key index out of range");
            }
            records.add(new UserRecord(keys.get((int) index), datas.get(i)));
        }
        return records;
    }

    private static boolean digestMatches(ByteBuffer in, int start, int end) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(in.duplicate().position(start).limit(end));
            byte[] digest = md5.digest();
            for (int i = 0; i < DIGEST_LENGTH; i++) {
                if (digest[i] != in.get(end + i)) {
                    return false;
                }
            }
            return true;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }

    private static long varint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("varint too long");
    }

    private static ByteBuffer lengthDelimited(ByteBuffer in) {
        long length = varint(in);
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("length beyond the message");
        }
        ByteBuffer value = in.slice().limit((int) length);
        in.position(in.position() + (int) length);
        return value;
    }

    private static void skip(ByteBuffer in, int wireType) {
        switch (wireType) {
            case 0 -> varint(in);
            case 1 -> in.position(in.position() + 8);
            case 2 -> lengthDelimited(in);
            case 5 -> in.position(in.position() + 4);
            default -> throw new IllegalArgumentException("unsupported wire type " + wireType);
        }
    }
}
