import { useI18n } from '../../i18n/i18n';

export default function View() {
  const { tr } = useI18n();
  return <p className="loading">{tr('建设中', 'In progress')}</p>;
}
