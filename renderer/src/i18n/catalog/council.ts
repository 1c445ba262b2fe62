import { defineMessages } from '../define';

/** Council screen: seats and roles, attendance, quorum, the people directory. */
export const councilMessages = defineMessages({
  'role.chair': { vi: 'Chủ tịch', en: 'Chair' },
  'role.vice-chair': { vi: 'Phó Chủ tịch', en: 'Vice-chair' },
  'role.secretary': { vi: 'Thư ký', en: 'Secretary' },
  'role.member': { vi: 'Thành viên', en: 'Member' },

  'council.readOnly': {
    vi: 'Không sửa được hội đồng: {reason}',
    en: 'The council cannot be edited: {reason}',
  },
  'council.members.title': { vi: 'Thành viên hội đồng', en: 'Council members' },
  'council.members.empty': { vi: 'Hội đồng chưa có thành viên.', en: 'The council has no members yet.' },
  'council.members.table': { vi: 'Danh sách thành viên hội đồng', en: 'Council members' },
  'council.col.order': { vi: 'STT', en: 'No.' },
  'council.col.name': { vi: 'Họ và tên', en: 'Full name' },
  'council.col.title': { vi: 'Chức vụ', en: 'Title' },
  'council.col.organisation': { vi: 'Cơ quan', en: 'Organisation' },
  'council.col.phone': { vi: 'Điện thoại', en: 'Phone' },
  'council.col.role': { vi: 'Vai trò', en: 'Role' },
  'council.col.actions': { vi: 'Thao tác', en: 'Actions' },
  'council.roleOf': { vi: 'Vai trò của {name}', en: 'Role of {name}' },
  'council.remove': { vi: 'Bỏ {name} khỏi hội đồng', en: 'Remove {name} from the council' },
  'council.removeShort': { vi: 'Bỏ khỏi hội đồng', en: 'Remove' },
  'council.removed': { vi: 'Đã bỏ {name} khỏi hội đồng.', en: '{name} removed from the council.' },
  'council.roleChanged': { vi: 'Đã đổi vai trò của {name}.', en: 'Role of {name} changed.' },
  'council.add': { vi: 'Thêm thành viên', en: 'Add a member' },
  'council.added': {
    vi: 'Đã thêm {name} vào hội đồng ({role}).',
    en: '{name} added to the council ({role}).',
  },
  'council.delegated': { vi: 'Người được Chủ tịch ủy quyền chủ trì', en: 'Delegated chair' },
  'council.delegated.hint': {
    vi: 'Khi Chủ tịch vắng, người được ủy quyền chủ trì được tính như Chủ tịch khi xét túc số.',
    en: 'When the chair is away, the delegated chair counts as the chair for quorum.',
  },
  'council.delegated.none': { vi: 'Không ủy quyền', en: 'No delegation' },
  'council.delegated.saved': { vi: 'Đã lưu người được ủy quyền chủ trì.', en: 'Delegated chair saved.' },
  'council.chairMissing': { vi: 'Hội đồng chưa có Chủ tịch.', en: 'The council has no chair yet.' },

  'addMember.title': { vi: 'Thêm thành viên hội đồng', en: 'Add a council member' },
  'addMember.existing': { vi: 'Chọn người đã có trong danh bạ', en: 'Pick someone from the directory' },
  'addMember.new': { vi: 'Người mới (chưa có trong danh bạ)', en: 'A new person (not in the directory)' },
  'addMember.search': { vi: 'Tìm theo tên, chức vụ, cơ quan', en: 'Search by name, title, organisation' },
  'addMember.search.hint': {
    vi: 'Có thể gõ không dấu, ví dụ "nguyen van".',
    en: 'Diacritics are optional, e.g. "nguyen van".',
  },
  'addMember.people': { vi: 'Người trong danh bạ', en: 'People in the directory' },
  'addMember.noMatch': {
    vi: 'Không có ai khớp; có thể tạo người mới.',
    en: 'Nobody matches; you can create a new person.',
  },
  'addMember.seated': { vi: '(đã trong hội đồng)', en: '(already in the council)' },
  'addMember.role': { vi: 'Vai trò trong hội đồng', en: 'Role in the council' },
  'addMember.submit': { vi: 'Thêm vào hội đồng', en: 'Add to the council' },
  'addMember.pickFirst': { vi: 'Hãy chọn một người trong danh bạ.', en: 'Pick a person from the directory.' },

  'person.fullName': { vi: 'Họ và tên', en: 'Full name' },
  'person.title': { vi: 'Chức vụ', en: 'Title' },
  'person.title.hint': {
    vi: 'Ví dụ: Phó Giám đốc Sở Nông nghiệp và Môi trường',
    en: 'e.g. Deputy Director, Department of Agriculture and Environment',
  },
  'person.organisation': { vi: 'Cơ quan', en: 'Organisation' },
  'person.phone': { vi: 'Số điện thoại', en: 'Phone' },
  'person.createTitle': { vi: 'Thêm người vào danh bạ', en: 'Add a person to the directory' },
  'person.editTitle': { vi: 'Sửa thông tin người', en: 'Edit person' },
  'person.created': { vi: 'Đã thêm {name} vào danh bạ.', en: '{name} added to the directory.' },
  'person.updated': { vi: 'Đã lưu thông tin của {name}.', en: 'Details of {name} saved.' },
  'person.edit': { vi: 'Sửa thông tin {name}', en: 'Edit {name}' },
  'person.editShort': { vi: 'Sửa', en: 'Edit' },

  'people.title': { vi: 'Danh bạ người tham gia hội đồng', en: 'Directory of council people' },
  'people.hint': {
    vi: 'Danh bạ được giữ qua các đợt đánh giá; sửa tên ở đây thì mọi đợt đều thấy tên mới (biên bản đã ký giữ nguyên).',
    en: 'The directory is kept across rounds; a correction here shows in every round (signed minutes keep theirs).',
  },
  'people.search': { vi: 'Tìm trong danh bạ', en: 'Search the directory' },
  'people.add': { vi: 'Thêm người', en: 'Add a person' },
  'people.empty': { vi: 'Danh bạ chưa có ai.', en: 'The directory is empty.' },
  'people.table': { vi: 'Danh bạ', en: 'Directory' },

  'attendance.title': { vi: 'Điểm danh và túc số', en: 'Attendance and quorum' },
  'attendance.hint': {
    vi: 'Điểm danh từng thành viên cho mỗi ngày họp: có mặt, vắng hoặc vắng có lý do. Chưa điểm danh thì không tính vào túc số, và chỉ được chấm điểm ngày đó khi mọi thành viên đã được điểm danh.',
    en: 'Mark each member for each meeting day: present, absent or excused. An unmarked member does not count toward quorum, and scoring of that day opens only once every member is marked.',
  },
  'attendance.status.unmarked': { vi: '— Chưa điểm danh —', en: '— Not marked —' },
  'attendance.status.present': { vi: 'Có mặt', en: 'Present' },
  'attendance.status.absent': { vi: 'Vắng', en: 'Absent' },
  'attendance.status.excused': { vi: 'Vắng có lý do', en: 'Excused' },
  'attendance.markOf': { vi: 'Điểm danh {name} ngày {date}', en: 'Attendance of {name} on {date}' },
  'attendance.markRest': {
    vi: 'Đánh dấu {count} thành viên còn lại có mặt ngày {date}',
    en: 'Mark the {count} remaining members present on {date}',
  },
  'attendance.restMarked': {
    vi: 'Đã đánh dấu {count} thành viên có mặt ngày {date}.',
    en: '{count} members marked present on {date}.',
  },
  'attendance.dayConfirmed': {
    vi: 'Ngày {date}: đã điểm danh đủ mọi thành viên.',
    en: '{date}: every member is marked.',
  },
  'council.secretaryScores': { vi: 'Thư ký tham gia chấm điểm', en: 'The secretary scores' },
  'council.secretaryScores.hint': {
    vi: '(bỏ chọn nếu Thư ký không biểu quyết: không chấm phiếu, không tính vào túc số thành viên chấm điểm, vẫn ký biên bản)',
    en: '(untick for a non-voting secretary: no sheets, not counted in the quorum of scoring members, still signs the minutes)',
  },
  'attendance.noDates': {
    vi: 'Đợt này chưa có ngày họp. Thêm ngày họp ở màn hình Đợt đánh giá để điểm danh.',
    en: 'This round has no meeting day yet. Add one on the Rounds screen to take attendance.',
  },
  'attendance.table': { vi: 'Điểm danh theo ngày họp', en: 'Attendance per meeting day' },
  'attendance.member': { vi: 'Thành viên', en: 'Member' },
  'attendance.quorumRow': { vi: 'Túc số', en: 'Quorum' },

  'quorum.day': { vi: 'Ngày họp {date}', en: 'Meeting day {date}' },
  'quorum.met': { vi: 'Đủ túc số', en: 'Quorum met' },
  'quorum.notMet': { vi: 'Không đủ túc số', en: 'Below quorum' },
  'quorum.present': { vi: '{present}/{total} thành viên có mặt', en: '{present}/{total} members present' },
  'quorum.required': {
    vi: 'cần tối thiểu {fraction} số thành viên',
    en: 'at least {fraction} of the members required',
  },
  'quorum.chairPresent': {
    vi: 'Chủ tịch (hoặc người được ủy quyền) có mặt',
    en: 'The chair (or delegated chair) is present',
  },
  'quorum.chairAbsent': {
    vi: 'Chủ tịch (hoặc người được ủy quyền) vắng mặt',
    en: 'The chair (or delegated chair) is absent',
  },
  'quorum.chairNotRequired': { vi: 'không bắt buộc Chủ tịch có mặt', en: 'the chair need not be present' },
  'quorum.whole': { vi: 'Cả đợt', en: 'Whole round' },
});
