import { defineMessages } from '../define';

/**
 * Signing with a USB token (PKCS#11, issue 10): Settings → "Chữ ký số" and the token choice in
 * the minutes' signing forms. The host sends the refusal codes of electron/shared/signing-codes.ts; their words are here.
 */
export const tokenMessages = defineMessages({
  'signing.error.token-binding-unavailable': {
    vi: 'Máy này chưa dùng được USB token (thư viện PKCS#11 của ứng dụng không nạp được). Vẫn ký được bằng tệp .p12.',
    en: 'USB tokens cannot be used on this computer (the app’s PKCS#11 binding did not load). Signing with a .p12 file still works.',
  },
  'signing.error.token-library-not-found': {
    vi: 'Không tìm thấy tệp thư viện token ở đường dẫn đã nhập.',
    en: 'No token library file at the path given.',
  },
  'signing.error.token-library-invalid': {
    vi: 'Tệp đã chọn không phải thư viện PKCS#11 của token (thường là tệp .dll/.so do nhà cung cấp chữ ký số cài đặt).',
    en: 'The chosen file is not a PKCS#11 token library (usually a .dll/.so installed by the certificate provider).',
  },
  'signing.error.token-library-wrong-architecture': {
    vi: 'Thư viện token dành cho kiến trúc máy khác (ví dụ 32-bit thay vì 64-bit). Hãy chọn bản 64-bit do nhà cung cấp cài đặt.',
    en: 'The token library is built for another architecture (e.g. 32-bit instead of 64-bit). Choose the 64-bit library the provider installed.',
  },
  'signing.error.token-not-found': {
    vi: 'Không thấy USB token. Hãy cắm token vào máy rồi thử lại.',
    en: 'No USB token found. Plug the token in and try again.',
  },
  'signing.error.token-no-certificate': {
    vi: 'Token không chứa chứng thư số nào để ký.',
    en: 'The token holds no certificate to sign with.',
  },
  'signing.error.token-no-key': {
    vi: 'Token không có khóa bí mật ứng với chứng thư số đã chọn.',
    en: 'The token has no private key for the chosen certificate.',
  },
  'signing.error.certificate-no-signing-usage': {
    vi: 'Chứng thư số không cho phép dùng để ký (thiếu mục đích “chữ ký số”).',
    en: 'The certificate may not be used for signing (no digital signature key usage).',
  },
  'signing.error.token-pin-incorrect': { vi: 'Mã PIN không đúng.', en: 'The PIN is wrong.' },
  'signing.error.token-pin-incorrect-count-low': {
    vi: 'Mã PIN không đúng. Token báo chỉ còn ít lần thử trước khi bị khóa.',
    en: 'The PIN is wrong. The token says only a few tries are left before it locks.',
  },
  'signing.error.token-pin-incorrect-final-try': {
    vi: 'Mã PIN không đúng. Chỉ còn 1 lần thử: nhập sai lần nữa token sẽ bị khóa.',
    en: 'The PIN is wrong. One try left: another wrong PIN locks the token.',
  },
  'signing.error.token-pin-locked': {
    vi: 'Mã PIN của token đã bị khóa. Liên hệ nhà cung cấp chữ ký số để mở khóa.',
    en: 'The token’s PIN is locked. Ask the certificate provider to unlock it.',
  },
  'signing.error.token-removed': {
    vi: 'USB token đã bị rút ra hoặc không còn phản hồi. Tài liệu này chưa được ký.',
    en: 'The USB token was removed or stopped answering. This document was not signed.',
  },
  'signing.error.token-session-closed': {
    vi: 'Phiên ký bằng token đã đóng (quá thời gian chờ). Hãy nhập lại mã PIN.',
    en: 'The token signing session has closed (timed out). Enter the PIN again.',
  },
  'signing.error.signing-session-closed': {
    vi: 'Phiên ký đã đóng (quá thời gian chờ). Hãy chọn lại tệp chứng thư số và nhập lại mật khẩu.',
    en: 'The signing session has closed (timed out). Choose the certificate file and enter its password again.',
  },
  'signing.error.token-failure': {
    vi: 'Token báo lỗi khi ký. Hãy rút token ra, cắm lại và thử lại.',
    en: 'The token reported an error while signing. Unplug it, plug it back in and try again.',
  },
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
