package dev.coffer.auth;

public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {
}
