import { defineMessages } from '../define';

/** The meeting hub (issue 9 part 1): the secretary's panel and the member's scoring page. */
export const hubMessages = defineMessages({
  // ---- secretary's panel ----
  'hub.title': { vi: 'Phiên chấm trên mạng nội bộ', en: 'Scoring over the local network' },
  'hub.intro': {
    vi: 'Mỗi thành viên chấm trên điện thoại, máy tính bảng hoặc máy tính của mình qua Wi-Fi của phòng họp (không cần Internet). Điểm về máy này, theo đúng quy tắc như khi nhập tại đây.',
    en: 'Each member scores on their own phone, tablet or laptop over the meeting room’s Wi-Fi (no internet needed). Scores land on this laptop under the same rules as entered here.',
  },
  'hub.day': { vi: 'Ngày họp', en: 'Meeting day' },
  'hub.address': { vi: 'Địa chỉ mạng của máy này', en: 'This computer’s network address' },
  'hub.addressHint': {
    vi: 'Chọn địa chỉ trong mạng Wi-Fi của phòng họp. 127.0.0.1 chỉ dùng được trên chính máy này.',
    en: 'Choose the address on the meeting room’s Wi-Fi. 127.0.0.1 works on this computer only.',
  },
  'hub.port': { vi: 'Cổng', en: 'Port' },
  'hub.open': { vi: 'Mở phiên chấm trên mạng nội bộ', en: 'Open scoring on the local network' },
  'hub.close': { vi: 'Đóng phiên chấm', en: 'Close the scoring session' },
  'hub.opened': { vi: 'Đã mở phiên chấm trên mạng nội bộ.', en: 'Scoring on the local network is open.' },
  'hub.closed': {
    vi: 'Đã đóng phiên chấm; máy này không còn nhận kết nối.',
    en: 'The session is closed; this computer no longer accepts connections.',
  },
  'hub.failed': { vi: 'Không thực hiện được: {message}', en: 'Could not do it: {message}' },
  // Why the host would not open the hub (HubRefusal codes of electron/shared/hub-wire.ts).
  'hub.refusal.address-not-local': {
    vi: 'Địa chỉ {address} không thuộc máy này.',
    en: '{address} is not an address of this computer.',
  },
  'hub.refusal.port-in-use': {
    vi: 'Cổng {port} đang được dùng — chọn cổng khác.',
    en: 'Port {port} is in use — choose another.',
  },
  'hub.refusal.cannot-listen': {
    vi: 'Không nghe được trên {address}.',
    en: 'Cannot listen on {address}.',
  },
  'hub.unsupported': {
    vi: 'Chế độ này không mở được phiên chấm trên mạng (cần ứng dụng máy tính hoặc chế độ trình duyệt npm run start:web).',
    en: 'This mode cannot open a network session (use the desktop app or browser mode, npm run start:web).',
  },
  'hub.notScoring': {
    vi: 'Chỉ mở được khi đợt đánh giá đang chấm điểm.',
    en: 'Only possible while the round is being scored.',
  },
  'hub.nonepresent': {
    vi: 'Không có thành viên có mặt trong ngày này.',
    en: 'No member is present on this day.',
  },
  'hub.running': { vi: 'Đang mở cho ngày {date} tại', en: 'Open for {date} at' },
  'hub.otherRound': {
    vi: 'Phiên chấm đang mở cho một đợt đánh giá khác. Đóng phiên đó trước.',
    en: 'A session is open for another round. Close it first.',
  },
  'hub.qrAddress': { vi: 'Mã QR của địa chỉ {url}', en: 'QR code of the address {url}' },
  'hub.qrCard': { vi: 'Mã QR thẻ tham gia của {name}', en: 'Join card QR code of {name}' },
  'hub.members': { vi: 'Thành viên và thiết bị', en: 'Members and devices' },
  'hub.col.member': { vi: 'Thành viên', en: 'Member' },
  'hub.col.code': { vi: 'Mã tham gia', en: 'Join code' },
  'hub.col.device': { vi: 'Thiết bị', en: 'Device' },
  'hub.col.lastSeen': { vi: 'Lần cuối', en: 'Last seen' },
  'hub.col.inFlight': { vi: 'Đang gửi', en: 'In flight' },
  'hub.col.actions': { vi: 'Thao tác', en: 'Actions' },
  'hub.card.used': { vi: 'đã dùng', en: 'used' },
  'hub.card.locked': { vi: 'tạm khoá đến {time}', en: 'locked until {time}' },
  'hub.device.none': { vi: 'chưa kết nối', en: 'not connected' },
  'hub.device.phone': { vi: 'Điện thoại', en: 'Phone' },
  'hub.device.tablet': { vi: 'Máy tính bảng', en: 'Tablet' },
  'hub.device.laptop': { vi: 'Máy tính', en: 'Laptop' },
  'hub.disconnect': { vi: 'Ngắt kết nối {name}', en: 'Disconnect {name}' },
  'hub.reissue': { vi: 'Cấp lại thẻ cho {name}', en: 'Re-issue the card of {name}' },
  'hub.disconnectShort': { vi: 'Ngắt kết nối', en: 'Disconnect' },
  'hub.reissueShort': { vi: 'Cấp lại thẻ', en: 'Re-issue card' },
  'hub.reissued': {
    vi: 'Đã cấp thẻ mới cho {name}; thẻ cũ và thiết bị cũ không còn dùng được.',
    en: 'A new card for {name}; the old card and device no longer work.',
  },
  'hub.disconnected': {
    vi: 'Đã ngắt kết nối thiết bị của {name}.',
    en: 'The device of {name} is disconnected.',
  },
  'hub.printCards': { vi: 'In thẻ tham gia', en: 'Print join cards' },
  'hub.cardsTitle': { vi: 'Thẻ tham gia phiên chấm — {round}', en: 'Join cards — {round}' },
  'hub.cardHowTo': {
    vi: 'Quét mã QR bằng điện thoại, hoặc mở {url} rồi nhập mã:',
    en: 'Scan the QR code with your phone, or open {url} and type the code:',
  },
  'hub.relayDown': {
    vi: 'Mất liên lạc với máy chủ phiên chấm; đang thử lại…',
    en: 'Lost contact with the session host; retrying…',
  },

  // ---- member page ----
  'member.appTitle': { vi: 'Chấm điểm OCOP', en: 'OCOP scoring' },
  'member.joinTitle': { vi: 'Tham gia phiên chấm', en: 'Join the scoring session' },
  'member.joinIntro': {
    vi: 'Quét mã QR trên thẻ của bạn, hoặc nhập mã tham gia in trên thẻ (ví dụ 3-482913).',
    en: 'Scan the QR code on your card, or type the join code printed on it (e.g. 3-482913).',
  },
  'member.code': { vi: 'Mã tham gia', en: 'Join code' },
  'member.join': { vi: 'Tham gia', en: 'Join' },
  'member.joining': { vi: 'Đang tham gia…', en: 'Joining…' },
  'member.hello': { vi: '{name} ({role})', en: '{name} ({role})' },
  'member.dayOf': { vi: '{round} — ngày họp {date}', en: '{round} — meeting day {date}' },
  'member.products': { vi: 'Sản phẩm cần chấm hôm nay', en: 'Products to score today' },
  'member.waitingForAttendance': {
    vi: 'Thư ký chưa xác nhận điểm danh của mọi thành viên trong ngày họp: chưa thể chấm điểm. Trang sẽ tự mở khi điểm danh xong.',
    en: 'The secretary has not confirmed attendance for every member of the day yet: scoring is not open. This page opens by itself when it is done.',
  },
  'member.noProducts': {
    vi: 'Hôm nay bạn không có sản phẩm nào để chấm.',
    en: 'You have no products to score today.',
  },
  'member.waiting': { vi: 'Đang chờ máy thư ký…', en: 'Waiting for the secretary’s laptop…' },
  'member.phase.open': { vi: 'đang chấm', en: 'to score' },
  'member.phase.submitted': { vi: 'đã nộp', en: 'submitted' },
  'member.phase.closed': { vi: 'đã khoá', en: 'closed' },
  'member.answered': { vi: '{answered}/{total} tiêu chí', en: '{answered}/{total} criteria' },
  'member.rescore': { vi: 'Chấm lại — lượt {pass}', en: 'Re-score — pass {pass}' },
  'member.rescoreNote': {
    vi: 'Hội đồng mở lượt chấm lại. Điểm của bạn ở lượt trước: {total} điểm (A {a}, B {b}, C {c}).',
    en: 'The council opened a re-score. Your previous pass: {total} points (A {a}, B {b}, C {c}).',
  },
  'member.back': { vi: '← Danh sách sản phẩm', en: '← Product list' },
  'member.savedHere': { vi: 'đã lưu trên máy này', en: 'saved on this device' },
  'member.savedThere': { vi: 'đã về máy thư ký', en: 'received by the secretary' },
  'member.pending': { vi: '{count} thay đổi chờ gửi', en: '{count} changes waiting to be sent' },
  'member.offline': {
    vi: 'Không kết nối được máy thư ký. Cứ tiếp tục chấm: mọi thay đổi đã lưu trên máy này và sẽ tự gửi khi có mạng.',
    en: 'Cannot reach the secretary’s laptop. Keep scoring: every change is saved on this device and is sent when the network is back.',
  },
  'member.submit': { vi: 'Nộp phiếu', en: 'Submit the sheet' },
  'member.submitBlocked': {
    vi: 'Còn {count} tiêu chí chưa chấm (đầu tiên: {code}).',
    en: '{count} criteria still unanswered (first: {code}).',
  },
  'member.submitQueued': {
    vi: 'Đã nộp phiếu (đang gửi về máy thư ký).',
    en: 'Sheet submitted (being sent to the secretary).',
  },
  'member.submitted': { vi: 'Phiếu đã nộp.', en: 'The sheet is submitted.' },
  'member.closed': {
    vi: 'Phiếu đã khoá: không sửa được nữa.',
    en: 'The sheet is closed: it can no longer change.',
  },
  'member.refused': {
    vi: 'Máy thư ký từ chối một thay đổi: {message}',
    en: 'The secretary’s laptop refused a change: {message}',
  },
  'member.language': { vi: 'English', en: 'Tiếng Việt' },
  'member.languageLabel': { vi: 'Chuyển sang tiếng Anh', en: 'Switch to Vietnamese' },
  'member.leave': { vi: 'Rời phiên (thiết bị này)', en: 'Leave the session (this device)' },
  'member.error.unknown-card': { vi: 'Thẻ hoặc mã không đúng.', en: 'Unknown card or wrong code.' },
  'member.error.card-used': {
    vi: 'Thẻ này đã được dùng trên một thiết bị khác. Xin thư ký cấp lại thẻ.',
    en: 'This card was already used on another device. Ask the secretary to re-issue it.',
  },
  'member.error.card-locked': {
    vi: 'Nhập sai quá 5 lần: thẻ tạm khoá một phút.',
    en: 'Wrong code 5 times: the card is locked for a minute.',
  },
  'member.error.no-device': {
    vi: 'Thiết bị này không còn được kết nối (thư ký đã ngắt hoặc cấp lại thẻ). Hãy tham gia lại bằng thẻ mới.',
    en: 'This device is no longer connected (the secretary disconnected it or re-issued the card). Join again with the new card.',
  },
  'member.error.storage': {
    vi: 'Trình duyệt không cho lưu trên máy này (bộ nhớ đầy hoặc chế độ ẩn danh): thay đổi vừa rồi chưa được giữ.',
    en: 'The browser refused to save on this device (storage full or private mode): the last change was not kept.',
  },
  'member.error.other': { vi: 'Máy thư ký trả lời: {code}', en: 'The secretary’s laptop answered: {code}' },
  'member.error.network': {
    vi: 'Không kết nối được máy thư ký. Kiểm tra Wi-Fi của phòng họp.',
    en: 'Cannot reach the secretary’s laptop. Check the meeting room’s Wi-Fi.',
  },
});
