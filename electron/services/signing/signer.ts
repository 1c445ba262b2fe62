/**
 * Who signs and how the signature value is made. `signPdf` and `buildCadesSignature` only
 * ever see this: a .p12 identity (identity.ts, key in memory) and a PKCS#11 token key
 * (token/token-signer.ts, key on the token) give the same PAdES B-B output.
 */
export interface Signer {
  readonly keyType: 'rsa' | 'ec-p256';
  /** DER of the signer's certificate. */
  readonly certificate: Uint8Array;
  /** DER of the issuers' certificates known to the signer, issuer first (signer excluded). */
  readonly chain: readonly Uint8Array[];
  readonly commonName: string;
  readonly organization?: string;
  readonly displayName: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /**
   * The signature value over `data` with SHA-256: RSASSA-PKCS1-v1_5 for RSA, a DER
   * Ecdsa-Sig-Value for P-256 (what CMS carries). Throws a SigningError when it cannot sign.
   */
  readonly signData: (data: Uint8Array) => Uint8Array;
}
