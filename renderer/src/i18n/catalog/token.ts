import { signingErrorMessages } from '../../../../electron/services/signing/messages';
import { defineMessages } from '../define';

/**
 * Signing with a USB token (PKCS#11, issue 10): Settings → "Chữ ký số" and the token choice in
 * the minutes' signing forms. The refusal texts come from the signing service's messages.ts.
 */
export const tokenMessages = defineMessages({
  'signing.error.token-binding-unavailable': signingErrorMessages['token-binding-unavailable'],
  'signing.error.token-library-not-found': signingErrorMessages['token-library-not-found'],
  'signing.error.token-library-invalid': signingErrorMessages['token-library-invalid'],
  'signing.error.token-library-wrong-architecture': signingErrorMessages['token-library-wrong-architecture'],
  'signing.error.token-not-found': signingErrorMessages['token-not-found'],
  'signing.error.token-no-certificate': signingErrorMessages['token-no-certificate'],
  'signing.error.token-no-key': signingErrorMessages['token-no-key'],
  'signing.error.certificate-no-signing-usage': signingErrorMessages['certificate-no-signing-usage'],
  'signing.error.token-pin-incorrect': signingErrorMessages['token-pin-incorrect'],
  'signing.error.token-pin-incorrect-count-low': signingErrorMessages['token-pin-incorrect-count-low'],
  'signing.error.token-pin-incorrect-final-try': signingErrorMessages['token-pin-incorrect-final-try'],
  'signing.error.token-pin-locked': signingErrorMessages['token-pin-locked'],
  'signing.error.token-removed': signingErrorMessages['token-removed'],
  'signing.error.token-session-closed': signingErrorMessages['token-session-closed'],
  'signing.error.signing-session-closed': signingErrorMessages['signing-session-closed'],
  'signing.error.token-failure': signingErrorMessages['token-failure'],
  'token.section.title': { vi: 'Chữ ký số', en: 'Digital signatures' },
  'token.section.hint': {
    vi: 'Người ký (chủ tịch, thư ký) dùng USB token do tổ chức cung cấp chữ ký số cấp: đăng ký đường dẫn thư viện PKCS#11 của token (tệp .dll trên Windows, .so trên Linux, do bộ cài của nhà cung cấp đặt trên máy). Ứng dụng ghi nhớ cho từng người.',
    en: 'Signers (chair, secretary) use the USB token their certification authority issued: register the path of the token’s PKCS#11 library (a .dll on Windows, a .so on Linux, installed by the provider’s setup). The app remembers it for each person.',
  },
  'token.person': { vi: 'Người ký', en: 'Signer' },
  'token.person.none': {
    vi: 'Chưa có chủ tịch hoặc thư ký trong hội đồng nào. Hãy thêm họ ở màn hình Hội đồng.',
    en: 'No council has a chair or a secretary yet. Add them on the Council screen.',
  },
  'token.person.option': { vi: '{name} ({role})', en: '{name} ({role})' },
  'token.library': { vi: 'Đường dẫn thư viện token (PKCS#11)', en: 'Token library path (PKCS#11)' },
  'token.library.hint': {
    vi: 'Ví dụ: C:\\Windows\\System32\\vnpt-ca_csp11.dll hoặc /usr/lib/x86_64-linux-gnu/libtoken.so',
    en: 'For example: C:\\Windows\\System32\\vnpt-ca_csp11.dll or /usr/lib/x86_64-linux-gnu/libtoken.so',
  },
  'token.library.choose': { vi: 'Chọn tệp…', en: 'Choose file…' },
  'token.library.register': { vi: 'Đăng ký thư viện', en: 'Register library' },
  'token.library.missing': { vi: 'Hãy nhập đường dẫn thư viện token.', en: 'Type the token library path.' },
  'token.library.registered': {
    vi: 'Đã đăng ký thư viện token cho {name}.',
    en: 'Token library registered for {name}.',
  },
  'token.library.current': { vi: 'Thư viện đã đăng ký: {path}', en: 'Registered library: {path}' },
  'token.library.noneYet': {
    vi: 'Người này chưa đăng ký thư viện token.',
    en: 'This person has not registered a token library yet.',
  },
  'token.refresh': { vi: 'Tìm lại token', en: 'Look for tokens again' },
  'token.loading': { vi: 'Đang đọc token…', en: 'Reading the tokens…' },
  'token.tokens.none': {
    vi: 'Không thấy token nào. Hãy cắm USB token vào máy rồi bấm “Tìm lại token”.',
    en: 'No token found. Plug the USB token in and press “Look for tokens again”.',
  },
  'token.token.title': { vi: 'Token “{label}”', en: 'Token “{label}”' },
  'token.token.facts': {
    vi: 'Nhà sản xuất: {maker} · Số sê-ri: {serial}',
    en: 'Maker: {maker} · Serial: {serial}',
  },
  'token.token.pin.count-low': {
    vi: 'Token báo đã có lần nhập sai mã PIN: còn ít lần thử.',
    en: 'The token reports a wrong PIN was entered: few tries left.',
  },
  'token.token.pin.final-try': {
    vi: 'Chỉ còn 1 lần nhập mã PIN trước khi token bị khóa.',
    en: 'One PIN try left before the token locks.',
  },
  'token.token.pin.locked': { vi: 'Mã PIN của token đã bị khóa.', en: 'The token’s PIN is locked.' },
  'token.token.noCertificates': {
    vi: 'Token không chứa chứng thư số nào.',
    en: 'The token holds no certificate.',
  },
  'token.cert.holder': { vi: 'Chủ thể', en: 'Holder' },
  'token.cert.issuer': { vi: 'Tổ chức cấp', en: 'Issuer' },
  'token.cert.validity': { vi: 'Hiệu lực', en: 'Valid' },
  'token.cert.validityRange': { vi: 'từ {from} đến {to}', en: 'from {from} to {to}' },
  'token.cert.usage': { vi: 'Mục đích sử dụng khóa', en: 'Key usage' },
  'token.cert.usage.unrestricted': { vi: 'không giới hạn', en: 'unrestricted' },
  'token.cert.status': { vi: 'Dùng để ký', en: 'For signing' },
  'token.cert.usable': { vi: 'Dùng được', en: 'Usable' },
  'token.cert.refused': { vi: 'Không dùng được: {reason}', en: 'Not usable: {reason}' },
  'token.usage.digitalSignature': { vi: 'chữ ký số', en: 'digital signature' },
  'token.usage.nonRepudiation': { vi: 'chống chối bỏ', en: 'non-repudiation' },
  'token.usage.keyEncipherment': { vi: 'mã hóa khóa', en: 'key encipherment' },
  'token.usage.dataEncipherment': { vi: 'mã hóa dữ liệu', en: 'data encipherment' },
  'token.usage.keyAgreement': { vi: 'thỏa thuận khóa', en: 'key agreement' },
  'token.usage.keyCertSign': { vi: 'ký chứng thư', en: 'certificate signing' },
  'token.usage.cRLSign': { vi: 'ký CRL', en: 'CRL signing' },
  'token.usage.encipherOnly': { vi: 'chỉ mã hóa', en: 'encipher only' },
  'token.usage.decipherOnly': { vi: 'chỉ giải mã', en: 'decipher only' },
  'token.unavailable': {
    vi: 'Chế độ này không dùng được USB token (cần ứng dụng máy tính hoặc chế độ trình duyệt).',
    en: 'USB tokens are not available here (they need the desktop app or browser mode).',
  },
  'token.method': { vi: 'Ký bằng', en: 'Sign with' },
  'token.method.p12': { vi: 'Tệp .p12', en: '.p12 file' },
  'token.method.token': { vi: 'USB token', en: 'USB token' },
  'token.sign.certificate': { vi: 'Chứng thư số trên token', en: 'Certificate on the token' },
  'token.sign.certificateOption': {
    vi: '{holder} — {issuer} (token {label})',
    en: '{holder} — {issuer} (token {label})',
  },
  'token.sign.certificateMissing': {
    vi: 'Hãy chọn chứng thư số trên token.',
    en: 'Choose the certificate on the token.',
  },
  'token.sign.noSigner': {
    vi: 'Hội đồng chưa có người giữ vai trò này.',
    en: 'The council has nobody in this role.',
  },
  'token.sign.noLibrary': {
    vi: 'Người ký này chưa đăng ký thư viện token: vào Cài đặt › Chữ ký số.',
    en: 'This signer has not registered a token library: go to Settings › Digital signatures.',
  },
  'token.sign.noUsable': {
    vi: 'Không có chứng thư số dùng được trên token đang cắm (xem lý do ở Cài đặt › Chữ ký số).',
    en: 'No usable certificate on the token plugged in (see why in Settings › Digital signatures).',
  },
  'token.sign.pin': { vi: 'Mã PIN của token', en: 'Token PIN' },
  'token.sign.pinHint': {
    vi: 'Mã PIN chỉ được gửi tới token để đăng nhập, không được lưu lại.',
    en: 'The PIN goes only to the token to log in; it is never stored.',
  },
  'token.sign.pinMissing': { vi: 'Hãy nhập mã PIN.', en: 'Type the PIN.' },
  'token.batch.untouched': {
    vi: 'Các biên bản chưa ký (không bị thay đổi): {names}',
    en: 'Minutes not signed (left untouched): {names}',
  },
});
