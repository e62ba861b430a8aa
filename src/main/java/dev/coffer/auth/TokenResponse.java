package dev.coffer.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An access token and the refresh token to renew it with")
public record TokenResponse(
        @Schema(description = "Signed JWT (RS256) to send as `Authorization: Bearer <token>`") String accessToken,
        @Schema(description = "Opaque, single-use; exchange it at /api/v1/auth/refresh") String refreshToken,
        @Schema(description = "Always `Bearer`", examples = "Bearer") String tokenType,
        @Schema(description = "Seconds until the access token expires", examples = "900") long expiresIn) {
}
