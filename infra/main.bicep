// Azure resources for Automatisering: the isolated-worker Function App on Flex Consumption (dotnet-isolated,
// .NET 10), the web interface on App Service behind App Service Authentication, one storage account reached with
// managed identities (no keys) and Application Insights.
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p name=<prefix>
// then publish both apps: func azure functionapp publish <functionAppName> (or zip-deploy
// `dotnet publish functions/Automatisering.Functions -c Release`) and zip-deploy
// `dotnet publish functions/Automatisering.Web -c Release` to the web app.

@description('Short prefix for resource names, e.g. sswzm')
param name string

param location string = resourceGroup().location

@description('IANA or Windows time zone for timer schedules (WEBSITE_TIME_ZONE)')
param timeZone string = 'W. Europe Standard Time'

var storageName = toLower(replace('${name}autst', '-', ''))

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  sku: { name: 'Standard_ZRS' }
  kind: 'StorageV2'
  properties: {
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' existing = {
  parent: storage
  name: 'default'
}

// The audit trail is append-only for real: lines can be added to the append blobs, never changed or removed.
resource auditContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: 'audit'
}

resource auditImmutability 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = {
  parent: auditContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: 3650
    allowProtectedAppendWrites: true
  }
}

@description('Shared mailbox that sends decisions and press releases through Microsoft Graph')
param sharedMailbox string = ''

@description('Key Vault secret URI of the Graph client secret (referenced, never stored in settings)')
param graphClientSecretUri string = ''

@description('Client id of the app registration that sends mail through Microsoft Graph (empty: the outbox channel)')
param graphClientId string = ''

@description('Audience (application id URI) of Entra ID bearer tokens for the API')
param apiAudience string = 'api://automatisering'

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-automatisering-ai'
  location: location
  kind: 'web'
  properties: { Application_Type: 'web' }
}

// Flex Consumption keeps the deployment package in a blob container of the app's own storage account.
resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: 'deployment'
}

resource functionPlan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-automatisering-func-plan'
  location: location
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  kind: 'functionapp'
  properties: { reserved: true }
}

// The settings both apps read (the code's settings; see local.settings.sample.json for their local values).
var sharedSettings = [
  // Identity-based storage connection, read by the host and by the app alike.
  { name: 'AzureWebJobsStorage__blobServiceUri', value: storage.properties.primaryEndpoints.blob }
  { name: 'AzureWebJobsStorage__queueServiceUri', value: storage.properties.primaryEndpoints.queue }
  { name: 'AzureWebJobsStorage__tableServiceUri', value: storage.properties.primaryEndpoints.table }
  { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
  { name: 'WEBSITE_TIME_ZONE', value: timeZone }
  // The development sign-in is refused at start-up in Azure anyway; stated here so nobody turns it on.
  { name: 'Automatisering__Identity__DevelopmentSignIn', value: 'false' }
  { name: 'Automatisering__Demo__Seed', value: 'false' }
  // The deep links in every notification; the web app's default host name (known before it exists, no cycle).
  { name: 'Automatisering__Notificaties__WebAdres', value: 'https://${name}-automatisering-web.azurewebsites.net' }
  { name: 'Automatisering__Distributie__Kanaal', value: empty(sharedMailbox) ? 'outbox' : 'graph' }
  { name: 'Automatisering__Distributie__Graph__SharedMailbox', value: sharedMailbox }
  { name: 'Automatisering__Distributie__Graph__TenantId', value: tenant().tenantId }
  { name: 'Automatisering__Distributie__Graph__ClientSecret', value: empty(graphClientSecretUri) ? '' : '@Microsoft.KeyVault(SecretUri=${graphClientSecretUri})' }
  { name: 'Automatisering__Distributie__Graph__ClientId', value: graphClientId }
  { name: 'Automatisering__Distributie__Graph__BaseUrl', value: 'https://graph.microsoft.com/v1.0' }
  { name: 'Automatisering__Distributie__Graph__MaxRetry', value: '3' }
  { name: 'Automatisering__Distributie__Graph__MaxConcurrentPerMailbox', value: '4' }
  { name: 'Automatisering__Distributie__Graph__UploadSliceBytes', value: '3276800' }
  { name: 'Automatisering__Distributie__Graph__PdfDriveId', value: '' }
  { name: 'Automatisering__Distributie__Graph__PdfFolder', value: 'automatisering-pdf' }
  { name: 'Automatisering__Distributie__OutboxContainer', value: 'outbox' }
  { name: 'Automatisering__Identity__EntraTenantId', value: tenant().tenantId }
  { name: 'Automatisering__Identity__EntraAudience', value: apiAudience }
  { name: 'Automatisering__Identity__EntraInstance', value: environment().authentication.loginEndpoint }
  // Empty: the organisation and templates shipped in the app's folder.
  { name: 'Automatisering__Organisatie__Path', value: '' }
  { name: 'Automatisering__Templates__Root', value: '' }
  { name: 'Automatisering__Templates__Soffice', value: 'soffice' }
  // The warm LibreOffice converter; in Azure Graph makes the PDFs once PdfDriveId is set, and then these are unused.
  { name: 'Automatisering__Pdf__Slots', value: '2' }
  { name: 'Automatisering__Pdf__TimeoutSeconden', value: '60' }
  { name: 'Automatisering__Pdf__Python', value: '/usr/bin/python3' }
  // The public publication names absolute addresses (feed ids, sitemap, API links): the two apps' default host names.
  { name: 'Automatisering__Publicatie__ApiBasisUrl', value: 'https://${name}-automatisering.azurewebsites.net/api' }
  { name: 'Automatisering__Publicatie__WebBasisUrl', value: 'https://${name}-automatisering-web.azurewebsites.net' }
]

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: '${name}-automatisering'
  location: location
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: functionPlan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}deployment'
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: { maximumInstanceCount: 40, instanceMemoryMB: 2048 }
      // FUNCTIONS_WORKER_RUNTIME on Flex Consumption: the runtime is named here, not as an app setting.
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: sharedSettings
    }
  }
}

resource webPlan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-automatisering-web-plan'
  location: location
  sku: { name: 'P0v3', tier: 'Premium0V3' }
  kind: 'linux'
  properties: { reserved: true }
}

// The web interface: its own App Service app over the same storage; it writes state and enqueues work, the
// function app's queue and timer triggers do the rest.
resource web 'Microsoft.Web/sites@2024-04-01' = {
  name: '${name}-automatisering-web'
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: webPlan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      alwaysOn: true
      appSettings: sharedSettings
    }
  }
}

// App Service Authentication (Entra ID) on the web app: the platform signs users in and passes
// X-MS-CLIENT-PRINCIPAL (trusted only where WEBSITE_AUTH_ENABLED is true). The API takes Entra ID bearer tokens.
resource auth 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: web
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true }
    globalValidation: { requireAuthentication: true, unauthenticatedClientAction: 'RedirectToLoginPage' }
    identityProviders: { azureActiveDirectory: { enabled: true } }
  }
}

var roles = [
  'ba92f5b4-2d11-453d-a403-e96b0029c9fe' // Storage Blob Data Contributor
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88' // Storage Queue Data Contributor
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3' // Storage Table Data Contributor
]

var principals = [app.identity.principalId, web.identity.principalId]

resource roleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for assignment in flatten(map(principals, p => map(roles, r => { principal: p, role: r }))): {
  name: guid(storage.id, assignment.principal, assignment.role)
  scope: storage
  properties: {
    principalId: assignment.principal
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', assignment.role)
  }
}]

output functionAppName string = app.name
output webAppName string = web.name
output storageAccountName string = storage.name
