package dev.stencil.runtime.dynamodb;

/** DynamoDB rejected a write for a reason retrying will not fix (validation, missing table, access denied). */
public final class DynamoDbWriteException extends RuntimeException {
    public DynamoDbWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
